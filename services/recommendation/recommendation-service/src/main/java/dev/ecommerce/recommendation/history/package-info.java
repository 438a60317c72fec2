/**
 * The online-retail history: the shop's real transactions, read and cleaned, for the
 * offline evaluation and the demo.
 */
@NullMarked
package dev.ecommerce.recommendation.history;

import org.jspecify.annotations.NullMarked;
