package dev.ecommerce.user.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.web.patch.MergePatch;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.user.api.PasswordChangeRequest;
import dev.ecommerce.user.api.ProfileRequest;
import dev.ecommerce.user.api.UserResponse;
import dev.ecommerce.user.token.RefreshTokens;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own account: reading and changing it, its password, closing it.
 */
@Service
class Profiles {

	private final Users users;

	private final Passwords passwords;

	private final RefreshTokens refreshTokens;

	private final UserEvents events;

	private final Clock clock;

	private final JsonMapper jsonMapper;

	private final Validator validator;

	Profiles(Users users, Passwords passwords, RefreshTokens refreshTokens, UserEvents events, Clock clock,
			JsonMapper jsonMapper, Validator validator) {
		this.jsonMapper = jsonMapper;
		this.validator = validator;
		this.users = users;
		this.passwords = passwords;
		this.refreshTokens = refreshTokens;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	UserResponse get(UUID userId) {
		return open(userId).toResponse();
	}

	@Transactional
	UserResponse update(UUID userId, ProfileRequest request, @Nullable String ifMatch) {
		User user = open(userId);
		ETags.checkIfMatch(ifMatch, user.toResponse().version());
		return update(user, request);
	}

	/**
	 * Applies a JSON Merge Patch to the profile ({@code fullName}, {@code phone},
	 * {@code addresses}); other members, such as {@code roles}, {@code id} or
	 * {@code email}, are not part of it and are ignored.
	 */
	@Transactional
	UserResponse patch(UUID userId, JsonNode patch, @Nullable String ifMatch) {
		User user = open(userId);
		UserResponse current = user.toResponse();
		ETags.checkIfMatch(ifMatch, current.version());
		ProfileRequest request = MergePatch.apply(
				new ProfileRequest(current.fullName(), current.phone(), current.addresses()), patch,
				ProfileRequest.class, this.jsonMapper);
		MergePatch.validate(request, this.validator);
		return update(user, request);
	}

	private UserResponse update(User user, ProfileRequest request) {
		String phone = (request.phone() != null) ? request.phone().strip() : null;
		Instant now = this.clock.instant();
		user.changeProfile(request.fullName().strip(), phone, request.addresses(), now);
		this.users.saveAndFlush(user);
		this.events.updated(user, now);
		return user.toResponse();
	}

	/**
	 * Changes the password when the current one is given, and ends every login: whoever
	 * else knew the old password is signed out.
	 */
	@Transactional
	void changePassword(UUID userId, PasswordChangeRequest request) {
		User user = open(userId);
		if (!this.passwords.matches(request.currentPassword(), user.passwordHash())) {
			throw new InvalidRequestException("currentPassword", "is not the account's password");
		}
		this.passwords.check("newPassword", request.newPassword(),
				List.of((user.email() != null) ? user.email() : "", user.fullName()));
		user.changePassword(this.passwords.hash(request.newPassword()), this.clock.instant());
		this.refreshTokens.revokeAll(userId, null);
	}

	/**
	 * Closes the account: its personal data is erased, its logins end, others are told.
	 */
	@Transactional
	void close(UUID userId) {
		User user = open(userId);
		Instant now = this.clock.instant();
		user.close(now);
		this.refreshTokens.revokeAll(userId, null);
		this.events.deleted(user, now);
	}

	private User open(UUID userId) {
		return this.users.findById(userId)
			.filter((user) -> user.status() != UserStatus.DELETED)
			.orElseThrow(() -> new NotFoundException("No such account"));
	}

}
