/**
 * The gateway: the one entry point of the shop's public API. It routes each path to the
 * service that owns it, limits how fast one client may call, answers CORS and serves one
 * Swagger UI for all services. It validates no tokens: the services do.
 */
@NullMarked
package dev.ecommerce.gateway;

import org.jspecify.annotations.NullMarked;
