package dev.ecommerce.notification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a user wants to receive, and in which language. Transactional messages (password
 * reset, orders and payments) are mailed whatever the email channel and categories say;
 * marketing is sent only to users who opted in.
 *
 * @param channels the channels
 * @param categories the categories
 * @param locale the language of the messages, {@code en} or {@code de}
 */
public record Preferences(@NotNull @Valid Channels channels, @NotNull @Valid Categories categories,
		@NotNull @Pattern(regexp = "en|de", message = "must be en or de") String locale) {

	/**
	 * @param email mail
	 * @param sms text messages to the phone number of the account
	 * @param inApp the inbox at {@code /notifications/mine}
	 */
	public record Channels(@NotNull Boolean email, @NotNull Boolean sms, @NotNull Boolean inApp) {
	}

	/**
	 * @param orderUpdates orders, payments, returns
	 * @param shipping shipments and their tracking
	 * @param marketing discount campaigns
	 * @param account the account itself: welcome, low-stock alerts for sellers
	 */
	public record Categories(@NotNull Boolean orderUpdates, @NotNull Boolean shipping, @NotNull Boolean marketing,
			@NotNull Boolean account) {
	}

}
