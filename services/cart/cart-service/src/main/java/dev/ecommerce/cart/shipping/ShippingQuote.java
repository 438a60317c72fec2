package dev.ecommerce.cart.shipping;

import dev.ecommerce.cart.api.CartWarning;
import dev.ecommerce.cart.api.ShippingOption;
import org.jspecify.annotations.Nullable;

/**
 * The shipping a basket would cost: a rate, or none with the warning that says why
 * (shipping then counts as zero).
 *
 * @param option the rate, if one was found
 * @param warning why there is none, or why another rate than the one asked for was used
 */
public record ShippingQuote(@Nullable ShippingOption option, @Nullable CartWarning warning) {

}
