@NullMarked
package dev.ecommerce.platform.web.versioning;

import org.jspecify.annotations.NullMarked;
