package dev.ecommerce.notification.contact;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a user, as the user service last told us.
 *
 * @param userId the user
 * @param email the email
 * @param fullName the name, to address the user by
 * @param phone the phone number, for SMS
 * @param roles the roles
 * @param enabled {@code false} once disabled: nothing is sent then
 */
public record Contact(UUID userId, String email, String fullName, @Nullable String phone, List<String> roles,
		boolean enabled) {

	public boolean admin() {
		return this.roles.contains("ADMIN");
	}

}
