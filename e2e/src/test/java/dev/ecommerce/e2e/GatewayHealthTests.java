package dev.ecommerce.e2e;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(RunningShop.class)
class GatewayHealthTests {

	@Test
	void theGatewayReportsItselfHealthy(ShopClient shop) {
		HttpResponse<String> response = shop.get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ShopClient.json(response).path("status").asString()).isEqualTo("UP");
	}

}
