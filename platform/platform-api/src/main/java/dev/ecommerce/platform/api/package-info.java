/**
 * Value types that several services' public contracts share. Plain records without
 * Spring, so that every {@code *-api} module can depend on them.
 */
@NullMarked
package dev.ecommerce.platform.api;

import org.jspecify.annotations.NullMarked;
