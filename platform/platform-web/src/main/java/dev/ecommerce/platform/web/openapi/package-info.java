@NullMarked
package dev.ecommerce.platform.web.openapi;

import org.jspecify.annotations.NullMarked;
