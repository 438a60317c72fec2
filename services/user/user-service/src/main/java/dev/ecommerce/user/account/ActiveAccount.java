package dev.ecommerce.user.account;

import java.util.List;
import java.util.UUID;

/**
 * An account that may sign in, as a token needs it.
 *
 * @param userId the account
 * @param roles its roles' names
 */
public record ActiveAccount(UUID userId, List<String> roles) {

	static ActiveAccount of(User user) {
		return new ActiveAccount(user.id(), user.roles().stream().map(Enum::name).toList());
	}

}
