@NullMarked
package dev.ecommerce.platform.web.paging;

import org.jspecify.annotations.NullMarked;
