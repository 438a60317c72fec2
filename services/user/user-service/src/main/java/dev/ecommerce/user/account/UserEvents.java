package dev.ecommerce.user.account;

import dev.ecommerce.platform.events.outbox.Outbox;
import dev.ecommerce.user.api.PasswordResetRequested;
import dev.ecommerce.user.api.UserDeleted;
import dev.ecommerce.user.api.UserResponse;
import dev.ecommerce.user.api.UserUpdated;
import dev.ecommerce.user.api.UserRegistered;

import org.springframework.stereotype.Component;

/**
 * Publishes the accounts' events through the outbox, in the transaction of the change and
 * keyed by the user id.
 */
@Component
class UserEvents {

	private final Outbox outbox;

	UserEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	void registered(User user) {
		this.outbox.publish(UserRegistered.TYPE, user.id().toString(), new UserRegistered(user.id(),
				user.toResponse().email(), user.fullName(), user.toResponse().createdAt()));
	}

	void passwordResetRequested(User user, String token, java.time.Instant expiresAt) {
		this.outbox.publish(PasswordResetRequested.TYPE, user.id().toString(),
				new PasswordResetRequested(user.id(), user.toResponse().email(), user.fullName(), token, expiresAt));
	}

	/** After the change is flushed, so that the version is the new one. */
	void updated(User user, java.time.Instant at) {
		UserResponse current = user.toResponse();
		this.outbox.publish(UserUpdated.TYPE, user.id().toString(), new UserUpdated(user.id(), current.email(),
				current.fullName(), current.phone(), current.roles(), current.enabled(), current.version(), at));
	}

	void deleted(User user, java.time.Instant at) {
		this.outbox.publish(UserDeleted.TYPE, user.id().toString(), new UserDeleted(user.id(), at));
	}

}
