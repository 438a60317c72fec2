/**
 * The models, free of Spring: interactions in, item scores out. Matrix work is EJML's.
 */
@NullMarked
package dev.ecommerce.recommendation.model;

import org.jspecify.annotations.NullMarked;
