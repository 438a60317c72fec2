/**
 * The recommendation service: the signals it learns from ({@code signal}), the catalog
 * and availability it filters by ({@code catalog}), the models and their training
 * ({@code model}, {@code training}), serving ({@code serving}), the offline evaluation
 * ({@code evaluation}) and the demo history ({@code demo}).
 */
@NullMarked
package dev.ecommerce.recommendation;

import org.jspecify.annotations.NullMarked;
