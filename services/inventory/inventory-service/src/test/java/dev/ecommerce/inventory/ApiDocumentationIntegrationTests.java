package dev.ecommerce.inventory;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends ServiceIntegrationTest {

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		Reply docs = get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		assertThat(paths.propertyNames()).contains("/stores", "/stores/{id}", "/stores/{storeId}/stock",
				"/stores/{storeId}/stock/{sku}", "/stores/{storeId}/stock/{sku}/adjustments", "/inventory/{sku}",
				"/inventory/alerts", "/inventory/reservations", "/inventory/reservations/{id}",
				"/inventory/reservations/{id}/commit", "/inventory/reservations/{id}/release");
	}

}
