/**
 * The signals the models learn from: purchases and cart additions from the order and cart
 * services' events, views reported by storefronts; a deleted user's are erased.
 */
@NullMarked
package dev.ecommerce.recommendation.signal;

import org.jspecify.annotations.NullMarked;
