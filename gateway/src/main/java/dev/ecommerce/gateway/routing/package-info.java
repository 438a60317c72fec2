/**
 * Routes: which path goes to which service, how long the gateway waits for it, and the
 * problem details a client gets when a service is down or slow.
 */
@NullMarked
package dev.ecommerce.gateway.routing;

import org.jspecify.annotations.NullMarked;
