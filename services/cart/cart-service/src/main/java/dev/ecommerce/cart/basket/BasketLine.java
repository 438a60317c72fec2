package dev.ecommerce.cart.basket;

import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * Units of a SKU to price.
 *
 * @param sku the SKU
 * @param quantity how many
 * @param seenPrice the unit price the shopper last saw, for the price-changed warning
 */
public record BasketLine(String sku, int quantity, @Nullable Money seenPrice) {

}
