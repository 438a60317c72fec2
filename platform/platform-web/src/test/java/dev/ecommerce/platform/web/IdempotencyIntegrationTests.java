package dev.ecommerce.platform.web;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.ecommerce.platform.test.TestTokens;

import static dev.ecommerce.platform.web.ProblemDetailsIntegrationTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyIntegrationTests extends HttpTests {

	private final String customer = TestTokens.customer().bearer();

	@Test
	void aRepeatWithTheSameKeyAndBodyReplaysTheFirstResponseWithoutASecondEffect() {
		String key = UUID.randomUUID().toString();
		int before = this.things.created.get();

		Reply first = createThing(key, thing("lamp", 2), this.customer);
		Reply second = createThing(key, thing("lamp", 2), this.customer);

		assertThat(this.things.created.get()).isEqualTo(before + 1);
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(second.contentType()).isEqualTo(first.contentType());
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(first.header("Idempotent-Replayed")).isNull();
	}

	@Test
	void theSameKeyWithAnotherBodyIsA422AndHasNoEffect() {
		String key = UUID.randomUUID().toString();
		createThing(key, thing("lamp", 2), this.customer);
		int before = this.things.created.get();

		Reply reply = createThing(key, thing("lamp", 3), this.customer);

		assertProblem(reply, 422, "idempotency-key-reused");
		assertThat(this.things.created.get()).isEqualTo(before);
	}

	@Test
	void aRepeatWhileTheFirstStillRunsIsA409() throws Exception {
		String key = UUID.randomUUID().toString();
		this.things.slowGate = new CountDownLatch(1);
		this.things.slowEntered = new CountDownLatch(1);
		CompletableFuture<Reply> first = CompletableFuture
			.supplyAsync(() -> post("/things/slow", "", "Authorization", this.customer, "Idempotency-Key", key));
		assertThat(this.things.slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

		Reply second = post("/things/slow", "", "Authorization", this.customer, "Idempotency-Key", key);
		this.things.slowGate.countDown();

		assertProblem(second, 409, "idempotency-key-in-use");
		assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
		Reply third = post("/things/slow", "", "Authorization", this.customer, "Idempotency-Key", key);
		assertThat(third.status()).isEqualTo(200);
		assertThat(third.header("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void keysBelongToTheirCaller() {
		String key = UUID.randomUUID().toString();
		int before = this.things.created.get();

		Reply mine = createThing(key, thing("lamp", 2), this.customer);
		Reply theirs = createThing(key, thing("lamp", 2), TestTokens.customer().bearer());

		assertThat(this.things.created.get()).isEqualTo(before + 2);
		assertThat(theirs.header("Idempotent-Replayed")).isNull();
		assertThat(theirs.body()).isNotEqualTo(mine.body());
	}

	@Test
	void aFailureOnOurSideIsNotStoredSoARetryRunsAgain() {
		String key = UUID.randomUUID().toString();
		int before = this.things.created.get();

		Reply first = post("/things/failing", "", "Authorization", this.customer, "Idempotency-Key", key);
		Reply retry = post("/things/failing", "", "Authorization", this.customer, "Idempotency-Key", key);

		assertThat(first.status()).isEqualTo(500);
		assertThat(retry.status()).isEqualTo(500);
		assertThat(retry.header("Idempotent-Replayed")).isNull();
		assertThat(this.things.created.get()).isEqualTo(before + 2);
	}

	@Test
	void aRefusalIsReplayedLikeAnyOtherAnswer() {
		String key = UUID.randomUUID().toString();
		int before = this.things.created.get();

		post("/things/conflicting", "", "Authorization", this.customer, "Idempotency-Key", key);
		Reply repeat = post("/things/conflicting", "", "Authorization", this.customer, "Idempotency-Key", key);

		// the replay is the first answer as it was, with the first request's id in it
		assertThat(repeat.status()).isEqualTo(409);
		assertThat(repeat.json().get("type").asString()).isEqualTo("https://ecommerce.dev/problems/conflict");
		assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(this.things.created.get()).isEqualTo(before + 1);
	}

	@Test
	void aPathThatRequiresAKeyRefusesARequestWithoutOne() {
		int before = this.things.created.get();

		Reply reply = post("/things/required", thing("lamp", 2), "Authorization", this.customer, "Content-Type",
				"application/json");

		assertProblem(reply, 400, "validation");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
		assertThat(this.things.created.get()).isEqualTo(before);
	}

	@Test
	void aKeyLongerThan255CharactersIsA400() {
		Reply reply = createThing("k".repeat(256), thing("lamp", 2), this.customer);

		assertProblem(reply, 400, "validation");
	}

	@Test
	void aRequestWithoutAKeyRunsEveryTime() {
		int before = this.things.created.get();

		post("/things", thing("lamp", 2), "Authorization", this.customer, "Content-Type", "application/json");
		post("/things", thing("lamp", 2), "Authorization", this.customer, "Content-Type", "application/json");

		assertThat(this.things.created.get()).isEqualTo(before + 2);
	}

	private Reply createThing(String key, String body, String authorization) {
		return post("/things", body, "Authorization", authorization, "Content-Type", "application/json",
				"Idempotency-Key", key);
	}

}
