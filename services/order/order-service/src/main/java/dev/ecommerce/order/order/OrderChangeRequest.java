package dev.ecommerce.order.order;

import dev.ecommerce.order.api.ShippingAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a customer may change of an order until it ships, as a merge patch applies to it.
 *
 * @param shippingAddress where it goes
 * @param note a note for the order
 */
public record OrderChangeRequest(@NotNull @Valid AddressRequest shippingAddress,
		@Nullable @Size(max = 500) @Pattern(regexp = AddressRequest.LINE,
				message = AddressRequest.LINE_MESSAGE) String note) {

	static OrderChangeRequest of(Order order) {
		return new OrderChangeRequest(AddressRequest.of(order.shippingAddress()), order.note());
	}

	/**
	 * An address as a request carries it.
	 *
	 * @param fullName the recipient
	 * @param line1 the first line
	 * @param line2 the second line
	 * @param city the city
	 * @param postalCode the postal code
	 * @param country ISO 3166-1 alpha-2
	 * @param phone a phone number for the carrier
	 */
	public record AddressRequest(
			@NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String fullName,
			@NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String line1,
			@Nullable @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String line2,
			@NotBlank @Size(max = 100) @Pattern(regexp = LINE, message = LINE_MESSAGE) String city,
			@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9 -]+",
					message = "must be letters, digits, spaces and hyphens") String postalCode,
			@NotNull @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 code such as GB") String country,
			@Nullable @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()-]+",
					message = "must be a phone number") String phone) {

		/** Printable text on one line: no control characters. */
		public static final String LINE = "[^\\p{Cntrl}]*";

		public static final String LINE_MESSAGE = "must be text on one line, without control characters";

		public ShippingAddress toAddress() {
			return new ShippingAddress(this.fullName.strip(), this.line1.strip(), blankToNull(this.line2),
					this.city.strip(), this.postalCode.strip(), this.country, blankToNull(this.phone));
		}

		static AddressRequest of(ShippingAddress address) {
			return new AddressRequest(address.fullName(), address.line1(), address.line2(), address.city(),
					address.postalCode(), address.country(), address.phone());
		}

		private static @Nullable String blankToNull(@Nullable String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

}
