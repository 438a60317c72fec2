package dev.ecommerce.product;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends ServiceIntegrationTest {

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		Api.Reply docs = this.api.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		assertThat(paths.propertyNames()).contains("/products", "/products/{id}", "/products/skus/{sku}",
				"/products/skus", "/products/search", "/products/suggest", "/categories", "/categories/{id}");
	}

}
