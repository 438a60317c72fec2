/**
 * Rate limits per client: by the address a request came from, and separately by the
 * bearer token it carries, so that neither many tokens from one address nor one token
 * from many addresses can flood the services.
 */
@NullMarked
package dev.ecommerce.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
