package dev.ecommerce.product;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.platform.test.TestTokens.Token;
import dev.ecommerce.product.Api.Reply;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Makes categories and products through the API, as an admin and a seller would.
 */
public final class CatalogFixtures {

	private final Api api;

	private final Token admin = TestTokens.admin();

	private final Token seller = TestTokens.seller();

	public CatalogFixtures(Api api) {
		this.api = api;
	}

	public Token seller() {
		return this.seller;
	}

	/** A category with a unique name made of the given words and a random suffix. */
	public JsonNode category(String name, @Nullable JsonNode parent) {
		Map<String, Object> request = new java.util.HashMap<>();
		request.put("name", name);
		request.put("parentId", (parent != null) ? parent.path("id").asString() : null);
		Reply created = this.api.post("/categories", request, this.admin);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	public JsonNode product(Map<String, Object> product) {
		Reply created = this.api.post("/products", product, this.seller);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	public JsonNode product(Map<String, Object> product, JsonNode category) {
		product.put("categoryId", category.path("id").asString());
		return product(product);
	}

	public static String unique(String word) {
		return word + UUID.randomUUID().toString().substring(0, 8);
	}

}
