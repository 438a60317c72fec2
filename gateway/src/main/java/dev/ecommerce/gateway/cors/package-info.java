/**
 * CORS for browser clients: the gateway answers preflights and adds the CORS headers to
 * every response, its own and the services'.
 */
@NullMarked
package dev.ecommerce.gateway.cors;

import org.jspecify.annotations.NullMarked;
