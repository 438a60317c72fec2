@NullMarked
package dev.ecommerce.platform.web.idempotency;

import org.jspecify.annotations.NullMarked;
