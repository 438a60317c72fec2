package dev.ecommerce.shipping;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends ShippingIntegrationTest {

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		Reply docs = get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		assertThat(paths.propertyNames()).contains("/shippings", "/shippings/{id}", "/shippings/{id}/label",
				"/shippings/{id}/events", "/shippings/tracking/{trackingNumber}", "/shippings/rates",
				"/shippings/rates/{rateId}", "/shippings/carriers", "/shippings/carriers/{code}");
	}

}
