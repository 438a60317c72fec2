package dev.ecommerce.user.account;

import java.util.UUID;

import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.user.api.UserResponse;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own account: reading and changing it, closing it.
 */
@Service
class Profiles {

	private final Users users;

	Profiles(Users users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	UserResponse get(UUID userId) {
		return open(userId).toResponse();
	}

	private User open(UUID userId) {
		return this.users.findById(userId)
			.filter((user) -> user.status() != UserStatus.DELETED)
			.orElseThrow(() -> new NotFoundException("No such account"));
	}

}
