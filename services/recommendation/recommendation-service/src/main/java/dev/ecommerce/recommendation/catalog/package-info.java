/**
 * The catalog and its availability as the product and inventory services' events tell
 * them: which products exist, their names and categories, which may be recommended.
 */
@NullMarked
package dev.ecommerce.recommendation.catalog;

import org.jspecify.annotations.NullMarked;
