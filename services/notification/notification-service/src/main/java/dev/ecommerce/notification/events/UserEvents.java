package dev.ecommerce.notification.events;

import java.util.Map;

import dev.ecommerce.notification.contact.Contacts;
import dev.ecommerce.notification.contact.Erasure;
import dev.ecommerce.notification.dispatch.Dispatcher;
import dev.ecommerce.notification.dispatch.Kind;
import dev.ecommerce.notification.dispatch.Message;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.user.api.PasswordResetRequested;
import dev.ecommerce.user.api.Role;
import dev.ecommerce.user.api.UserDeleted;
import dev.ecommerce.user.api.UserRegistered;
import dev.ecommerce.user.api.UserUpdated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the contacts from the user service's events, sends the welcome and password reset
 * mails, and erases a closed account; each event once.
 */
@Component
class UserEvents {

	static final String CONSUMER = "notification-users";

	private final HandledEvents handledEvents;

	private final Contacts contacts;

	private final Erasure erasure;

	private final Dispatcher dispatcher;

	private final JsonMapper jsonMapper;

	UserEvents(HandledEvents handledEvents, Contacts contacts, Erasure erasure, Dispatcher dispatcher,
			JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.contacts = contacts;
		this.erasure = erasure;
		this.dispatcher = dispatcher;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = "user.events")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		switch (event.type()) {
			case UserRegistered.TYPE -> this.handledEvents.handleOnce(CONSUMER, event, () -> {
				UserRegistered registered = event.dataAs(UserRegistered.class);
				this.contacts.registered(registered.userId(), registered.email(), registered.fullName());
				this.dispatcher.dispatch(new Message(event.id(), Kind.WELCOME, registered.userId(), Map.of()));
			});
			case UserUpdated.TYPE -> this.handledEvents.handleOnce(CONSUMER, event, () -> {
				UserUpdated updated = event.dataAs(UserUpdated.class);
				this.contacts.updated(updated.userId(), updated.email(), updated.fullName(), updated.phone(),
						updated.roles().stream().map(Role::name).toList(), updated.enabled(), updated.version());
			});
			case PasswordResetRequested.TYPE -> this.handledEvents.handleOnce(CONSUMER, event, () -> {
				PasswordResetRequested reset = event.dataAs(PasswordResetRequested.class);
				// the address in the event is the one the reset was asked for, even if
				// the
				// contact is not known here yet
				this.contacts.registered(reset.userId(), reset.email(), reset.fullName());
				this.dispatcher.dispatch(new Message(event.id(), Kind.PASSWORD_RESET, reset.userId(),
						Map.of("token", reset.token(), "expiresAt", reset.expiresAt())));
			});
			case UserDeleted.TYPE -> this.handledEvents.handleOnce(CONSUMER, event,
					() -> this.erasure.erase(event.dataAs(UserDeleted.class).userId()));
			default -> {
			}
		}
	}

}
