package dev.ecommerce.notification.inbox;

import java.time.Duration;
import java.util.UUID;

import dev.ecommerce.notification.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each user reads its own inbox, and only its own. */
class InboxIntegrationTests extends ServiceIntegrationTest {

	@Test
	void aUserReadsItsNotificationAndOthersCannotSeeIt() {
		User ivy = registered("Ivy Inbox");
		User jon = registered("Jon Nosy");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> get("/notifications/mine", tokenOf(ivy)).json().path("totalItems").asInt() == 1);
		Reply inbox = get("/notifications/mine?unread=true", tokenOf(ivy));
		var welcome = inbox.json().path("items").get(0);
		assertThat(welcome.path("subject").asString()).isEqualTo("Welcome to The Shop, Ivy Inbox");
		assertThat(welcome.path("message").asString()).isEqualTo("Welcome to The Shop! Your account is ready.");
		assertThat(welcome.path("read").asBoolean()).isFalse();
		String id = welcome.path("id").asString();

		assertThat(post("/notifications/" + id + "/read", tokenOf(jon), null).status()).isEqualTo(404);
		Reply read = post("/notifications/" + id + "/read", tokenOf(ivy), null);
		assertThat(read.status()).as(read.toString()).isEqualTo(200);
		assertThat(read.json().path("read").asBoolean()).isTrue();
		String readAt = read.json().path("readAt").asString();
		assertThat(post("/notifications/" + id + "/read", tokenOf(ivy), null).json().path("readAt").asString())
			.as("reading again changes nothing")
			.isEqualTo(readAt);
		assertThat(get("/notifications/mine?unread=true", tokenOf(ivy)).json().path("totalItems").asInt()).isZero();
		assertThat(get("/notifications/mine", tokenOf(jon)).json().findValuesAsString("id")).doesNotContain(id);

		assertThat(post("/notifications/" + UUID.randomUUID() + "/read", tokenOf(ivy), null).status()).isEqualTo(404);
		assertThat(post("/notifications/not-a-uuid/read", tokenOf(ivy), null).status()).isEqualTo(400);
		assertThat(get("/notifications/mine", null).status()).isEqualTo(401);
		assertThat(get("/notifications/mine?size=101", tokenOf(ivy)).status()).isEqualTo(400);
	}

}
