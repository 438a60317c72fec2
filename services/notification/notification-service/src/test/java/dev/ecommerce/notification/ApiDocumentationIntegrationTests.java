package dev.ecommerce.notification;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentationIntegrationTests extends ServiceIntegrationTest {

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		Reply docs = get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().path("paths");
		assertThat(paths.propertyNames()).contains("/notifications", "/notifications/mine", "/notifications/{id}/read",
				"/notifications/preferences", "/notifications/campaigns", "/notifications/campaigns/{id}",
				"/notifications/webhooks/mine", "/notifications/unsubscribe");
	}

}
