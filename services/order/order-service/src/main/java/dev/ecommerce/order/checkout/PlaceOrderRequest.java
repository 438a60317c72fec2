package dev.ecommerce.order.checkout;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.Texts;
import dev.ecommerce.order.order.OrderChangeRequest.AddressRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An order to place: a cart, or lines, with where it goes, the shipping rate chosen and
 * how it is paid. Prices are never taken from the client.
 *
 * @param cartId the cart to order, or
 * @param lines the SKUs and quantities to order
 * @param shippingAddress where it goes
 * @param shippingRateId a rate the shipping service quoted
 * @param paymentMethod the gateway and the payment method's token
 * @param couponCode a coupon; for a cart, the cart's coupon when not given
 */
record PlaceOrderRequest(@Nullable UUID cartId,
		@Nullable @Size(min = 1, max = 100) List<@NotNull @Valid LineRequest> lines,
		@NotNull @Valid AddressRequest shippingAddress,
		@NotBlank @Size(max = 2000) @Pattern(regexp = "[A-Za-z0-9._~+/=-]+",
				message = "must be a rate id as the shipping service gave it") String shippingRateId,
		@NotNull @Valid PaymentMethod paymentMethod, @Nullable @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+",
				message = "must be letters, digits, '_' or '-'") String couponCode) {

	/**
	 * @param sku the SKU
	 * @param quantity how many units
	 */
	record LineRequest(@NotBlank @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@NotNull @Positive @Max(1000) Integer quantity) {

	}

	/**
	 * @param gateway {@code sandbox}, {@code stripe}, {@code paypal}
	 * @param token the gateway's token of the payment method; never a card number
	 */
	record PaymentMethod(
			@NotBlank @Size(max = 32) @Pattern(regexp = "[a-z0-9-]+",
					message = "must be a gateway's name such as sandbox") String gateway,
			@NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9_.:-]+",
					message = "must be the gateway's token of the payment method") String token) {

		/**
		 * A card number (13 to 19 digits) where a token belongs: refused and never
		 * stored.
		 */
		boolean looksLikeACardNumber() {
			return this.token.replaceAll("[ -]", "").matches("[0-9]{13,19}");
		}

	}

}
