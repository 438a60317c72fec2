/**
 * The PostgreSQL server the services use: an embedded one, or an existing server named by
 * the environment.
 */
@NullMarked
package dev.ecommerce.devstack.postgres;

import org.jspecify.annotations.NullMarked;
