package dev.ecommerce.recommendation.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing a shopper did with a product.
 *
 * @param user who: a user id, a guest session or a customer of the history
 * @param item the product
 * @param basket the order it was bought in, for purchases; {@code null} otherwise
 * @param signal what they did
 * @param at when
 */
public record Interaction(String user, String item, @Nullable String basket, Signal signal, Instant at) {

}
