package dev.ecommerce.notification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A discount announcement, mailed to the users of the audience who accept marketing.
 *
 * @param subject the mail's subject
 * @param message the announcement, plain text
 * @param couponCode the coupon it announces, if any
 * @param audience {@code ALL} (admins only) or {@code CUSTOMERS}: for a seller, the users
 * who bought its products; for an admin, every user who has ordered
 */
public record CampaignRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String message,
		@Nullable @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+",
				message = "must be letters, digits, - and _") String couponCode,
		@NotNull Audience audience) {

	/** Who a campaign goes to, among the users who accept marketing. */
	public enum Audience {

		ALL, CUSTOMERS

	}

}
