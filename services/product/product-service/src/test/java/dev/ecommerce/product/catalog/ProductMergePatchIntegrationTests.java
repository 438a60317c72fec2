package dev.ecommerce.product.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.platform.test.TestTokens.Token;
import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.product.ProductMother.attributes;
import static dev.ecommerce.product.ProductMother.money;
import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.variant;
import static org.assertj.core.api.Assertions.assertThat;

class ProductMergePatchIntegrationTests extends ServiceIntegrationTest {

	private final Token seller = TestTokens.seller();

	@Test
	void aPatchChangesOnlyTheMembersItNames() {
		JsonNode before = create();

		Reply patched = this.api.patch(path(before), Map.of("name", "Renamed Cushion"), this.seller);

		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		JsonNode after = patched.json();
		assertThat(after.path("name").asString()).isEqualTo("Renamed Cushion");
		assertThat(after.path("brand")).isEqualTo(before.path("brand"));
		assertThat(after.path("description")).isEqualTo(before.path("description"));
		assertThat(after.path("attributes")).isEqualTo(before.path("attributes"));
		assertThat(after.path("variants")).isEqualTo(before.path("variants"));
		assertThat(after.path("version").asLong()).isEqualTo(1);
	}

	@Test
	void nullRemovesAMemberAndObjectsAreMergedMemberByMember() {
		JsonNode before = create();
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("material", null);
		attributes.put("pattern", "striped");
		Map<String, Object> patch = new HashMap<>();
		patch.put("brand", null);
		patch.put("attributes", attributes);

		JsonNode after = this.api.patch(path(before), patch, this.seller).json();

		assertThat(after.path("brand").isNull()).isTrue();
		assertThat(after.path("attributes").properties()).hasSize(2);
		assertThat(after.path("attributes").path("colour").asString()).isEqualTo("blue");
		assertThat(after.path("attributes").path("pattern").asString()).isEqualTo("striped");
		assertThat(after.path("attributes").has("material")).isFalse();
	}

	@Test
	void anArrayInAPatchReplacesTheWholeArray() {
		JsonNode before = create();
		String sku = before.path("variants").get(0).path("sku").asString();
		Map<String, Object> cheaper = variant(sku, 999);
		Map<String, Object> added = variant(sku + "-L", 1299);

		JsonNode after = this.api.patch(path(before), Map.of("variants", List.of(cheaper, added)), this.seller).json();

		assertThat(after.path("variants").size()).isEqualTo(2);
		assertThat(after.path("variants").get(0).path("price").path("amount").asLong()).isEqualTo(999);
		assertThat(after.path("variants").get(1).path("sku").asString()).isEqualTo(sku + "-L");
	}

	@Test
	void thePatchedProductIsValidatedAsAWhole() {
		JsonNode before = create();
		String sku = before.path("variants").get(0).path("sku").asString();
		Map<String, Object> free = variant(sku, 1);
		free.put("price", money(0));

		Reply refused = this.api.patch(path(before), Map.of("name", "", "variants", List.of(free)), this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("name", "variants[0].price.amount");
		assertThat(this.api.get(path(before)).json()).isEqualTo(before);
	}

	@Test
	void removingTheNameOrAllVariantsIsRefused() {
		JsonNode before = create();
		Map<String, Object> patch = new HashMap<>();
		patch.put("name", null);
		patch.put("variants", null);

		Reply refused = this.api.patch(path(before), patch, this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("name", "variants");
	}

	@Test
	void aPatchThatIsNotAnObjectOrHasWrongTypesIsABadRequest() {
		JsonNode before = create();

		assertThat(this.api.patch(path(before), "[1, 2]", this.seller).status()).isEqualTo(400);
		Reply wrongType = this.api.patch(path(before), Map.of("variants", "many"), this.seller);
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().path("detail").asString()).contains("variants");
	}

	@Test
	void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
		JsonNode before = create();
		assertThat(
				this.api.patch(path(before), Map.of("name", "First Change"), this.seller, "If-Match", "\"0\"").status())
			.isEqualTo(200);

		Reply stale = this.api.patch(path(before), Map.of("name", "Lost Update"), this.seller, "If-Match", "\"0\"");
		Reply stalePut = this.api.put(path(before), product("Lost Put", 100), this.seller, "If-Match", "\"0\"");
		Reply staleDelete = this.api.delete(path(before), this.seller, "If-Match", "\"0\"");

		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
		assertThat(stalePut.status()).isEqualTo(412);
		assertThat(staleDelete.status()).isEqualTo(412);
		JsonNode now = this.api.get(path(before)).json();
		assertThat(now.path("name").asString()).isEqualTo("First Change");
		assertThat(now.path("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void theCurrentETagInIfMatchLetsTheChangeThrough() {
		JsonNode before = create();
		String etag = this.api.get(path(before)).header("ETag").orElseThrow();

		Reply patched = this.api.patch(path(before), Map.of("brand", "Hearth & Co"), this.seller, "If-Match", etag);

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.header("ETag")).hasValue("\"1\"");
	}

	@Test
	void plainJsonIsTakenAsAMergePatchToo() {
		JsonNode before = create();

		Reply patched = this.api.patch(path(before), Map.of("description", "Plain JSON"), this.seller, "Content-Type",
				"application/json");

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().path("description").asString()).isEqualTo("Plain JSON");
	}

	private JsonNode create() {
		Map<String, Object> product = product("Patchable Cushion", 1500);
		product.put("brand", "Hearth");
		attributes(product).put("colour", "blue");
		attributes(product).put("material", "cotton");
		Reply created = this.api.post("/products", product, this.seller);
		assertThat(created.status()).isEqualTo(201);
		return created.json();
	}

	private static String path(JsonNode product) {
		return "/products/" + product.path("id").asString();
	}

}
