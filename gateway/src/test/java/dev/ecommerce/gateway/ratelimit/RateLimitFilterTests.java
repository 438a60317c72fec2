package dev.ecommerce.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTests {

	private static final HandlerFunction<ServerResponse> SERVICE = (request) -> ServerResponse.ok().build();

	/** Two requests, then one more an hour: no refill happens during a test. */
	private final RateLimitFilter filter = new RateLimitFilter(
			new RateLimitProperties(true, 2, 1, Duration.ofHours(1), 1000));

	@Test
	void aClientMayUseItsBurstAndIsThenToldHowLongToWait() throws Exception {
		assertThat(call("10.0.0.1", null).statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(call("10.0.0.1", null).statusCode()).isEqualTo(HttpStatus.OK);

		ServerResponse refused = call("10.0.0.1", null);

		assertThat(refused.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		long retryAfter = Long.parseLong(refused.headers().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(3500L, 3600L);
	}

	@Test
	void clientsAtDifferentAddressesHaveBucketsOfTheirOwn() throws Exception {
		call("10.0.0.1", null);
		call("10.0.0.1", null);

		assertThat(call("10.0.0.1", null).statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(call("10.0.0.2", null).statusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anAddressClaimedInXForwardedForDoesNotPickTheBucket() throws Exception {
		for (String claimed : List.of("203.0.113.1", "203.0.113.2")) {
			MockHttpServletRequest request = request("10.0.0.1", null);
			request.addHeader("X-Forwarded-For", claimed);
			this.filter.filter(ServerRequest.create(request, List.of()), SERVICE);
		}
		MockHttpServletRequest third = request("10.0.0.1", null);
		third.addHeader("X-Forwarded-For", "203.0.113.3");

		assertThat(this.filter.filter(ServerRequest.create(third, List.of()), SERVICE).statusCode())
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void oneTokenUsedFromManyAddressesIsLimitedAsOneClient() throws Exception {
		assertThat(call("10.0.0.1", "Bearer shared").statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(call("10.0.0.2", "Bearer shared").statusCode()).isEqualTo(HttpStatus.OK);

		assertThat(call("10.0.0.3", "Bearer shared").statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(call("10.0.0.3", "Bearer another").statusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void manyTokensFromOneAddressAreStillLimitedByTheAddress() throws Exception {
		call("10.0.0.1", "Bearer first");
		call("10.0.0.1", "Bearer second");

		assertThat(call("10.0.0.1", "Bearer third").statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void anAuthorizationThatIsNotABearerTokenCountsOnlyAgainstTheAddress() throws Exception {
		assertThat(call("10.0.0.1", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(call("10.0.0.2", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(HttpStatus.OK);
		assertThat(call("10.0.0.3", "Basic dXNlcjpwYXNz").statusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aDisabledLimitLetsEveryRequestThrough() throws Exception {
		RateLimitFilter disabled = new RateLimitFilter(new RateLimitProperties(false, 1, 1, Duration.ofHours(1), 10));

		for (int i = 0; i < 5; i++) {
			ServerResponse response = disabled.filter(ServerRequest.create(request("10.0.0.1", null), List.of()),
					SERVICE);
			assertThat(response.statusCode()).isEqualTo(HttpStatus.OK);
		}
	}

	@Test
	void aForgottenClientIsOneWhoseBucketWouldBeFullAgainAnyway() {
		RateLimitProperties properties = new RateLimitProperties(true, 400, 200, Duration.ofSeconds(1), 10);

		assertThat(properties.timeToFill()).isEqualTo(Duration.ofSeconds(2));
	}

	private ServerResponse call(String address, String authorization) throws Exception {
		return this.filter.filter(ServerRequest.create(request(address, authorization), List.of()), SERVICE);
	}

	private static MockHttpServletRequest request(String address, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/products");
		request.setRemoteAddr(address);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}
