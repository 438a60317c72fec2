package dev.ecommerce.gateway;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.ecommerce.gateway.Upstream.Received;
import dev.ecommerce.gateway.Upstream.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIntegrationTests extends GatewayIntegrationTestSupport {

	@Test
	void theSwaggerUiIsServedAtSwaggerUiHtml() {
		HttpResponse<String> redirect = get("/swagger-ui.html");

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/swagger-ui/index.html");
		HttpResponse<String> page = get("/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("swagger-ui");
	}

	@Test
	void theSwaggerUiListsEveryServicesDocumentThroughTheGateway() {
		HttpResponse<String> response = get("/v3/api-docs/swagger-config");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode config = json(response);
		List<String> urls = new ArrayList<>();
		config.get("urls").forEach((url) -> {
			assertThat(url.get("url").asString()).isEqualTo("/v3/api-docs/" + url.get("name").asString());
			urls.add(url.get("name").asString());
		});
		assertThat(urls).containsAll(Upstreams.SERVICES);
		assertThat(config.get("urls.primaryName").asString()).isEqualTo("product");
	}

	@Test
	void aServicesDocumentIsFetchedFromItsOwnApiDocsPath() {
		String document = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"inventory\",\"version\":\"0.1.0\"},\"paths\":{}}";
		Upstreams.of("inventory").replyWith(Reply.json(200, document));

		HttpResponse<String> response = get("/v3/api-docs/inventory");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(document);
		Received received = Upstreams.of("inventory").takeRequest();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo("/v3/api-docs");
	}

	@Test
	void theGatewaysOwnDocumentStaysAtItsOwnPath() {
		HttpResponse<String> response = get("/v3/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("info").get("title").asString()).isEqualTo("gateway");
		assertThat(Upstreams.of("product").receivedNothing()).isTrue();
	}

}
