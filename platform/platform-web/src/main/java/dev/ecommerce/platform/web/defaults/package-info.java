@NullMarked
package dev.ecommerce.platform.web.defaults;

import org.jspecify.annotations.NullMarked;
