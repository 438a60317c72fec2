@NullMarked
package dev.ecommerce.platform.web.requestid;

import org.jspecify.annotations.NullMarked;
