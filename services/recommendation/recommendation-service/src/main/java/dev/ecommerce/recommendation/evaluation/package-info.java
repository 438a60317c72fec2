/**
 * Offline evaluation on the online-retail data: train on all but the last month, test on
 * it.
 */
@NullMarked
package dev.ecommerce.recommendation.evaluation;

import org.jspecify.annotations.NullMarked;
