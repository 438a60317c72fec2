package dev.ecommerce.e2e;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the request's id, so that a client's report can be found in the
 * logs.
 */
@ExtendWith(RunningShop.class)
class RequestIdTests {

	private static final String REQUEST_ID = "X-Request-Id";

	@Test
	void aRequestIdSentIsEchoed(ShopClient shop) {
		String id = "e2e-" + UUID.randomUUID();

		HttpResponse<String> response = shop.get("/actuator/health", REQUEST_ID, id);

		assertThat(response.headers().firstValue(REQUEST_ID)).hasValue(id);
	}

	@Test
	void aRequestWithoutIdGetsOneGenerated(ShopClient shop) {
		HttpResponse<String> response = shop.get("/actuator/health");

		assertThat(response.headers().firstValue(REQUEST_ID)).hasValueSatisfying((id) -> assertThat(id).isNotBlank());
	}

	@Test
	void anErrorResponseCarriesTheRequestIdToo(ShopClient shop) {
		String id = "e2e-" + UUID.randomUUID();

		HttpResponse<String> response = shop.get("/no-such-thing", REQUEST_ID, id);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue(REQUEST_ID)).hasValue(id);
	}

}
