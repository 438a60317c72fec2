/**
 * The recommendation service's public contract: the records of its REST answers and
 * requests. It publishes no events.
 */
@NullMarked
package dev.ecommerce.recommendation.api;

import org.jspecify.annotations.NullMarked;
