@NullMarked
package dev.ecommerce.platform.web.security;

import org.jspecify.annotations.NullMarked;
