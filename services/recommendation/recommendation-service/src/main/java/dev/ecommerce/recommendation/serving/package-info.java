/**
 * Serving: answers from the version of the models in memory, filtered by the catalog as
 * it is now; never waits for training.
 */
@NullMarked
package dev.ecommerce.recommendation.serving;

import org.jspecify.annotations.NullMarked;
