package dev.ecommerce.product.category;

import java.util.HashMap;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.CatalogFixtures;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.product.ProductMother.product;
import static org.assertj.core.api.Assertions.assertThat;

class CategoryIntegrationTests extends ServiceIntegrationTest {

	private CatalogFixtures catalog;

	@BeforeEach
	void fixtures() {
		this.catalog = new CatalogFixtures(this.api);
	}

	@Test
	void anAdminBuildsATreeThatEveryoneReads() {
		JsonNode home = this.catalog.category("Home Wares", null);
		JsonNode candles = this.catalog.category("Candles & Holders", home);
		JsonNode scented = this.catalog.category("Scented Candles", candles);

		assertThat(candles.path("slug").asString()).isEqualTo("candles-holders");
		assertThat(candles.path("parentId").asString()).isEqualTo(home.path("id").asString());

		Reply tree = this.api.get("/categories");
		assertThat(tree.status()).isEqualTo(200);
		JsonNode root = find(tree.json(), home.path("id").asString());
		assertThat(root.path("children").get(0).path("name").asString()).isEqualTo("Candles & Holders");
		assertThat(root.path("children").get(0).path("children").get(0).path("id")).isEqualTo(scented.path("id"));

		Reply one = this.api.get("/categories/" + candles.path("id").asString());
		assertThat(one.json().path("children").size()).isEqualTo(1);
		assertThat(one.header("ETag")).hasValue("\"0\"");
	}

	@Test
	void aSlugIsMadeUniqueWhenNotGivenAndADuplicateGivenSlugIsAConflict() {
		JsonNode first = this.catalog.category("Garden Tools", null);
		JsonNode second = this.catalog.category("Garden Tools", null);

		assertThat(first.path("slug").asString()).isEqualTo("garden-tools");
		assertThat(second.path("slug").asString()).isEqualTo("garden-tools-2");
		Reply duplicate = this.api.post("/categories", Map.of("name", "Other", "slug", "garden-tools"),
				TestTokens.admin());
		assertThat(duplicate.status()).isEqualTo(409);
		Reply badSlug = this.api.post("/categories", Map.of("name", "Other", "slug", "Not A Slug"), TestTokens.admin());
		assertThat(badSlug.status()).isEqualTo(400);
		assertThat(badSlug.errorFields()).containsExactly("slug");
	}

	@Test
	void onlyAdminsChangeCategories() {
		assertThat(this.api.post("/categories", Map.of("name", "Seller Made"), TestTokens.seller()).status())
			.isEqualTo(403);
		assertThat(this.api.post("/categories", Map.of("name", "Anonymous Made"), null).status()).isEqualTo(401);
	}

	@Test
	void aCategoryCannotMoveUnderItselfOrAnUnknownParent() {
		JsonNode parent = this.catalog.category("Outer", null);
		JsonNode child = this.catalog.category("Inner", parent);
		Map<String, Object> move = new HashMap<>();
		move.put("name", "Outer");
		move.put("parentId", child.path("id").asString());

		Reply cycle = this.api.put("/categories/" + parent.path("id").asString(), move, TestTokens.admin());
		move.put("parentId", java.util.UUID.randomUUID().toString());
		Reply unknown = this.api.put("/categories/" + parent.path("id").asString(), move, TestTokens.admin());

		assertThat(cycle.status()).isEqualTo(400);
		assertThat(cycle.errorFields()).containsExactly("parentId");
		assertThat(unknown.status()).isEqualTo(400);
	}

	@Test
	void aCategoryInUseCannotBeDeleted() {
		JsonNode parent = this.catalog.category("Busy Parent", null);
		JsonNode child = this.catalog.category("Busy Child", parent);
		this.catalog.product(product("Listed Thing", 100), child);
		JsonNode empty = this.catalog.category("Empty Leaf", null);

		assertThat(this.api.delete("/categories/" + parent.path("id").asString(), TestTokens.admin()).status())
			.isEqualTo(409);
		assertThat(this.api.delete("/categories/" + child.path("id").asString(), TestTokens.admin()).status())
			.isEqualTo(409);
		assertThat(this.api.delete("/categories/" + empty.path("id").asString(), TestTokens.admin()).status())
			.isEqualTo(204);
		assertThat(this.api.get("/categories/" + empty.path("id").asString()).status()).isEqualTo(404);
	}

	@Test
	void renamingACategoryMakesItsProductsFindableByTheNewName() {
		JsonNode parent = this.catalog.category("Plain Parent", null);
		JsonNode child = this.catalog.category("Plain Child", parent);
		JsonNode product = this.catalog.product(product("Unremarkable Object", 100), child);
		String newName = CatalogFixtures.unique("Glowberry");

		Reply renamed = this.api.put("/categories/" + parent.path("id").asString(), Map.of("name", newName),
				TestTokens.admin(), "If-Match", "\"0\"");

		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(renamed.json().path("slug").asString()).isEqualTo(newName.toLowerCase());
		Reply found = this.api.get("/products/search?q=" + newName);
		assertThat(found.each("/items", "/id")).containsExactly(product.path("id").asString());
		assertThat(this.api
			.put("/categories/" + parent.path("id").asString(), Map.of("name", "Stale"), TestTokens.admin(), "If-Match",
					"\"0\"")
			.status()).isEqualTo(412);
	}

	private static JsonNode find(JsonNode categories, String id) {
		for (JsonNode category : categories) {
			if (category.path("id").asString().equals(id)) {
				return category;
			}
		}
		throw new AssertionError("No category " + id + " in " + categories);
	}

}
