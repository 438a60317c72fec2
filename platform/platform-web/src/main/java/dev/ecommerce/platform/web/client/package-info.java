@NullMarked
package dev.ecommerce.platform.web.client;

import org.jspecify.annotations.NullMarked;
