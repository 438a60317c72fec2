package dev.ecommerce.notification.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.notification.Mails;
import dev.ecommerce.notification.ServiceIntegrationTest;
import dev.ecommerce.user.api.PasswordResetRequested;
import dev.ecommerce.user.api.Role;
import dev.ecommerce.user.api.UserDeleted;
import dev.ecommerce.user.api.UserRegistered;
import dev.ecommerce.user.api.UserUpdated;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Contacts come from the user service's events: a new user is welcomed, a forgotten
 * password gets its link, a closed account is erased and hears nothing more.
 */
class UserNotificationsIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aNewUserIsWelcomedByMailInPlainTextAndHtmlAndInTheInbox() throws Exception {
		User ann = registered("Ann Smith");

		MimeMessage welcome = mailsTo(ann.email(), 1).get(0);
		assertThat(welcome.getSubject()).isEqualTo("Welcome to The Shop, Ann Smith");
		assertThat(welcome.getFrom()[0].toString()).contains("no-reply@shop.example");
		assertThat(Mails.part(welcome, "text/plain")).contains("Hello Ann Smith,")
			.contains("Your account is ready.")
			.contains("Start shopping: http://localhost:8080");
		assertThat(Mails.part(welcome, "text/html")).contains("<p>Hello Ann Smith,</p>")
			.contains("href=\"http://localhost:8080\"")
			.contains("lang=\"en\"");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/notifications/mine", tokenOf(ann)).json().path("totalItems").asInt() == 1);
		assertThat(get("/notifications/mine", tokenOf(ann)).json().path("items").get(0).path("kind").asString())
			.isEqualTo("WELCOME");
	}

	@Test
	void aRepeatedRegistrationEventSendsOneMail() {
		UUID id = UUID.randomUUID();
		String email = "repeat." + id + "@example.com";
		String eventId = UUID.randomUUID().toString();
		UserRegistered registered = new UserRegistered(id, email, "Rita Repeat", Instant.now());
		publish("user.events", eventId, UserRegistered.TYPE, id, registered);
		publish("user.events", eventId, UserRegistered.TYPE, id, registered);

		assertThat(mailsTo(email, 1)).hasSize(1);
		// the second delivery of the event has been handled (skipped) once a later one is
		String marker = UUID.randomUUID().toString();
		publish("user.events", marker, UserDeleted.TYPE, UUID.randomUUID(),
				new UserDeleted(UUID.randomUUID(), Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM handled_event WHERE event_id = ?")
				.param(marker)
				.query(Long.class)
				.single() == 1);
		assertThat(received(email)).hasSize(1);
		assertThat(notifications(id, "EMAIL")).isEqualTo(1);
		assertThat(notifications(id, "IN_APP")).isEqualTo(1);
	}

	@Test
	void aPasswordResetMailsTheLinkWithTheTokenAndKeepsNoCopy() throws Exception {
		User bob = registered("Bob Jones");
		mailsTo(bob.email(), 1);
		publish("user.events", UUID.randomUUID().toString(), PasswordResetRequested.TYPE, bob.id(),
				new PasswordResetRequested(bob.id(), bob.email(), bob.name(), "tok-en/123+x",
						Instant.parse("2030-01-01T10:30:00Z")));

		MimeMessage reset = mailsTo(bob.email(), 2).get(1);
		assertThat(reset.getSubject()).isEqualTo("Reset your password");
		assertThat(Mails.part(reset, "text/plain"))
			.contains("Choose a new password: http://localhost:8080/reset-password?token=tok-en/123%2Bx")
			.contains("until Jan 1, 2030");
		assertThat(Mails.part(reset, "text/html")).contains("href=\"http://localhost:8080/reset-password?token=");
		// not in the inbox, and the sent mail's body is not kept
		assertThat(get("/notifications/mine", tokenOf(bob)).json().findValuesAsString("kind"))
			.doesNotContain("PASSWORD_RESET");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("SELECT text_body FROM notification WHERE recipient_id = ? AND kind = 'PASSWORD_RESET'")
				.param(bob.id())
				.query(String.class)
				.single()
				.isEmpty());
	}

	@Test
	void aDisabledAccountIsNotifiedOfNothing() {
		User dora = registered("Dora Disabled");
		mailsTo(dora.email(), 1);
		publish("user.events", UUID.randomUUID().toString(), UserUpdated.TYPE, dora.id(), new UserUpdated(dora.id(),
				dora.email(), dora.name(), null, List.of(Role.CUSTOMER), false, 3, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.jdbc.sql("SELECT enabled FROM contact WHERE user_id = ?")
				.param(dora.id())
				.query(Boolean.class)
				.single());
		String reset = UUID.randomUUID().toString();
		publish("user.events", reset, PasswordResetRequested.TYPE, dora.id(), new PasswordResetRequested(dora.id(),
				dora.email(), dora.name(), "token", Instant.now().plusSeconds(600)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM handled_event WHERE event_id = ?")
				.param(reset)
				.query(Long.class)
				.single() == 1);
		assertThat(notifications(dora.id(), "EMAIL")).as("the welcome only").isEqualTo(1);
	}

	@Test
	void aClosedAccountIsErasedAndNotifiedOfNothingMore() {
		User carl = registered("Carl Closed");
		mailsTo(carl.email(), 1);
		put("/notifications/preferences", tokenOf(carl),
				Map.of("channels", Map.of("email", true, "sms", false, "inApp", true), "categories",
						Map.of("orderUpdates", true, "shipping", true, "marketing", true, "account", true), "locale",
						"de"));

		publish("user.events", UUID.randomUUID().toString(), UserDeleted.TYPE, carl.id(),
				new UserDeleted(carl.id(), Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM contact WHERE user_id = ?")
				.param(carl.id())
				.query(Long.class)
				.single() == 0);
		for (String table : List.of("preference", "notification")) {
			String column = table.equals("notification") ? "recipient_id" : "user_id";
			assertThat(this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?")
				.param(carl.id())
				.query(Long.class)
				.single()).as(table).isZero();
		}
		// a late event about the closed account: stored nowhere, sent to nobody
		String late = UUID.randomUUID().toString();
		publish("user.events", late, PasswordResetRequested.TYPE, carl.id(), new PasswordResetRequested(carl.id(),
				carl.email(), carl.name(), "late-token", Instant.now().plusSeconds(600)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM handled_event WHERE event_id = ?")
				.param(late)
				.query(Long.class)
				.single() == 1);
		assertThat(notifications(carl.id(), "EMAIL")).isZero();
		assertThat(notifications(carl.id(), "IN_APP")).isZero();
	}

}
