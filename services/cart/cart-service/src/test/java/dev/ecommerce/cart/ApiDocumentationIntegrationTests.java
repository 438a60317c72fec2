package dev.ecommerce.cart;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends ServiceIntegrationTest {

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		Reply docs = get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		assertThat(paths.propertyNames()).contains("/carts", "/carts/mine", "/carts/{id}", "/carts/{id}/items",
				"/carts/{id}/items/{sku}", "/carts/{id}/coupon", "/carts/{id}/destination", "/carts/{id}/merge",
				"/carts/quote", "/coupons", "/coupons/{code}");
	}

}
