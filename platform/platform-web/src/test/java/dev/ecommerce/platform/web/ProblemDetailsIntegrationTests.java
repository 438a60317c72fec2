package dev.ecommerce.platform.web;

import java.net.http.HttpRequest;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dev.ecommerce.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsIntegrationTests extends HttpTests {

	private final String customer = TestTokens.customer().bearer();

	@Test
	void invalidFieldsAreA400ListingEachField() {
		Reply reply = post("/things", "{\"name\": \"\", \"quantity\": 0}", "Authorization", this.customer,
				"Content-Type", "application/json");

		assertProblem(reply, 400, "validation");
		JsonNode errors = reply.json().get("errors");
		assertThat(errors).hasSize(2);
		assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("name", "quantity");
		assertThat(errors.findValuesAsString("message")).allSatisfy((message) -> assertThat(message).isNotBlank());
	}

	@Test
	void aDatabaseOutOfReachIsA503ToRetryThatNamesNothingInside() {
		Reply reply = post("/things/pool-exhausted", "", "Authorization", this.customer);

		assertProblem(reply, 503, "service-unavailable");
		assertThat(reply.header("Retry-After")).isEqualTo("1");
		assertThat(reply.body()).doesNotContain("JDBC").doesNotContain("Connection");
		Reply deadlocked = send(
				request("/things/" + UUID.randomUUID() + "/deadlocked").header("Authorization", this.customer)
					.PUT(HttpRequest.BodyPublishers.noBody()));
		assertProblem(deadlocked, 503, "service-unavailable");
	}

	@Test
	void malformedJsonIsA400ThatNamesNoClass() {
		Reply reply = post("/things", "{\"name\": \"x\", ", "Authorization", this.customer, "Content-Type",
				"application/json");

		assertProblem(reply, 400, "malformed-request");
		assertThat(reply.json().get("detail").asString()).isEqualTo("The request body is not valid JSON.");
	}

	@Test
	void aFieldOfTheWrongTypeIsA400NamingTheField() {
		Reply reply = post("/things", "{\"name\": \"x\", \"quantity\": \"lots\"}", "Authorization", this.customer,
				"Content-Type", "application/json");

		assertProblem(reply, 400, "malformed-request");
		assertThat(reply.json().get("detail").asString()).contains("'quantity'").doesNotContain("java.");
	}

	@Test
	void aPathVariableOfTheWrongTypeIsA400() {
		Reply reply = get("/things/not-a-uuid", "Authorization", this.customer);

		assertProblem(reply, 400, "validation");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
		assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a valid UUID");
	}

	@Test
	void aPageSizeOver100IsA400() {
		Reply reply = get("/things?size=1000", "Authorization", this.customer);

		assertProblem(reply, 400, "validation");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
	}

	@Test
	void anUnknownSortKeyIsA400() {
		Reply reply = get("/things?sort=password,asc", "Authorization", this.customer);

		assertProblem(reply, 400, "validation");
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
	}

	@Test
	void aPageHasItsItemsAndCounts() {
		Reply reply = get("/things?page=1&size=2&sort=name,desc", "Authorization", this.customer);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("items").valueStream().map(JsonNode::asString)).containsExactly("c", "d");
		assertThat(reply.json().get("page").asInt()).isEqualTo(1);
		assertThat(reply.json().get("size").asInt()).isEqualTo(2);
		assertThat(reply.json().get("totalItems").asInt()).isEqualTo(5);
		assertThat(reply.json().get("totalPages").asInt()).isEqualTo(3);
	}

	@Test
	void anUnknownPathIsA404() {
		Reply reply = get("/no-such-thing", "Authorization", this.customer);

		assertProblem(reply, 404, "not-found");
	}

	@Test
	void aRequestLineTooLargeForTomcatIsA400Problem() {
		Reply reply = get("/things?q=" + "x".repeat(20_000), "Authorization", this.customer);

		assertProblem(reply, 400, "malformed-request");
		assertThat(reply.body()).contains("too large");
	}

	@Test
	void anUnsupportedMethodIsA405() {
		Reply reply = send(request("/things/" + UUID.randomUUID()).header("Authorization", this.customer).DELETE());

		assertProblem(reply, 405, "method-not-allowed");
	}

	@Test
	void anUnacceptableMediaTypeIsA406() {
		Reply reply = get("/things/" + UUID.randomUUID(), "Authorization", this.customer, "Accept", "text/csv");

		assertProblem(reply, 406, "not-acceptable");
	}

	@Test
	void anUnsupportedContentTypeIsA415() {
		Reply reply = post("/things", "name=x", "Authorization", this.customer, "Content-Type",
				"application/x-www-form-urlencoded");

		assertProblem(reply, 415, "unsupported-media-type");
	}

	@Test
	void aBodyOverTheLimitIsA413() {
		String big = thing("x".repeat(3000), 1);

		Reply reply = post("/things", big, "Authorization", this.customer, "Content-Type", "application/json");

		assertProblem(reply, 413, "payload-too-large");
	}

	@Test
	void aStaleIfMatchIsA412() {
		Reply reply = send(request("/things/" + UUID.randomUUID()).header("Authorization", this.customer)
			.header("Content-Type", "application/json")
			.header("If-Match", "\"2\"")
			.PUT(HttpRequest.BodyPublishers.ofString(thing("x", 1))));

		assertProblem(reply, 412, "precondition-failed");
		assertThat(reply.json().get("currentVersion").asLong()).isEqualTo(3);
	}

	@Test
	void theCurrentIfMatchUpdatesAndAnswersTheNewETag() {
		Reply read = get("/things/" + UUID.randomUUID(), "Authorization", this.customer);
		Reply reply = send(request("/things/" + UUID.randomUUID()).header("Authorization", this.customer)
			.header("Content-Type", "application/json")
			.header("If-Match", read.header("ETag"))
			.PUT(HttpRequest.BodyPublishers.ofString(thing("x", 1))));

		assertThat(read.header("ETag")).isEqualTo("\"3\"");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("ETag")).isEqualTo("\"4\"");
	}

	@Test
	void aConcurrentModificationIsA409() {
		Reply reply = send(request("/things/" + UUID.randomUUID() + "/racing").header("Authorization", this.customer)
			.PUT(HttpRequest.BodyPublishers.noBody()));

		assertProblem(reply, 409, "concurrent-modification");
	}

	@Test
	void aServicesOwnProblemKeepsItsTypeAndDetail() {
		Reply reply = post("/things/conflicting", "", "Authorization", this.customer);

		assertProblem(reply, 409, "conflict");
		assertThat(reply.json().get("detail").asString()).isEqualTo("Out of stock");
	}

	@Test
	void anUnexpectedErrorIsA500ThatRevealsNothing() {
		Reply reply = post("/things/failing", "", "Authorization", this.customer);

		assertProblem(reply, 500, "internal");
		assertThat(reply.body()).doesNotContain("hunter2", "IllegalStateException", "at dev.");
	}

	@Test
	void anErrorSentOutsideTheHandlersIsAProblemToo() {
		Reply reply = get("/things/unavailable", "Authorization", this.customer);

		assertProblem(reply, 503, "service-unavailable");
	}

	static void assertProblem(Reply reply, int status, String type) {
		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		JsonNode problem = reply.json();
		assertThat(problem.get("type").asString()).isEqualTo("https://ecommerce.dev/problems/" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("requestId").asString()).isEqualTo(reply.header("X-Request-Id"));
	}

}
