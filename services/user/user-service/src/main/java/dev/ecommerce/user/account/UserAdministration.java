package dev.ecommerce.user.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.user.api.Role;
import dev.ecommerce.user.api.UserResponse;
import dev.ecommerce.user.token.RefreshTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with accounts: find them, change their roles, disable them.
 */
@Service
class UserAdministration {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "email", "email", "fullName",
			"fullName");

	private final Users users;

	private final RefreshTokens refreshTokens;

	private final Clock clock;

	private final UserEvents events;

	UserAdministration(Users users, RefreshTokens refreshTokens, UserEvents events, Clock clock) {
		this.users = users;
		this.events = events;
		this.refreshTokens = refreshTokens;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResponse<UserResponse> list(PageQuery query, @Nullable String email) {
		Pageable pageable = query.toPageable(SORTABLE);
		if (pageable.getSort().isUnsorted()) {
			// the newest accounts first, unless told otherwise
			pageable = PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.desc("createdAt")));
		}
		Page<User> page = (email != null && !email.isBlank())
				? this.users.findByStatusNotAndEmailContaining(UserStatus.DELETED, Emails.normalise(email), pageable)
				: this.users.findByStatusNot(UserStatus.DELETED, pageable);
		return PageResponse.from(page, User::toResponse);
	}

	@Transactional(readOnly = true)
	UserResponse get(UUID id) {
		return existing(id).toResponse();
	}

	@Transactional
	UserResponse changeRoles(UUID id, Set<Role> roles) {
		if (roles.contains(Role.SERVICE)) {
			throw new InvalidRequestException("roles", "SERVICE is for service clients, not users");
		}
		User user = existing(id);
		Instant now = this.clock.instant();
		user.changeRoles(EnumSet.copyOf(roles), now);
		this.users.saveAndFlush(user);
		this.events.updated(user, now);
		return user.toResponse();
	}

	/** Disables the account: it can no longer log in, and its logins end. */
	@Transactional
	UserResponse disable(UUID id) {
		User user = existing(id);
		Instant now = this.clock.instant();
		if (user.disable(now)) {
			this.users.saveAndFlush(user);
			this.events.updated(user, now);
		}
		this.refreshTokens.revokeAll(id, null);
		return user.toResponse();
	}

	private User existing(UUID id) {
		return this.users.findById(id)
			.filter((user) -> user.status() != UserStatus.DELETED)
			.orElseThrow(() -> new NotFoundException("No such user"));
	}

}
