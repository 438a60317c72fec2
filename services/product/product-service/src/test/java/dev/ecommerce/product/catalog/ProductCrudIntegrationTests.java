package dev.ecommerce.product.catalog;

import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.platform.test.TestTokens.Token;
import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.variants;
import static dev.ecommerce.product.ProductMother.with;
import static org.assertj.core.api.Assertions.assertThat;

class ProductCrudIntegrationTests extends ServiceIntegrationTest {

	private final Token seller = TestTokens.seller();

	private final Token otherSeller = TestTokens.seller();

	@Test
	void aSellerCreatesAProductThatEveryoneCanRead() {
		Map<String, Object> request = product("Enamel Flower Mug", 450);
		String sku = (String) variants(request).get(0).get("sku");

		Reply created = this.api.post("/products", request, this.seller);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode product = created.json();
		String id = product.path("id").asString();
		assertThat(created.header("Location")).hasValue("/products/" + id);
		assertThat(created.header("ETag")).hasValue("\"0\"");
		assertThat(product.path("sellerId").asString()).isEqualTo(this.seller.userId().toString());
		assertThat(product.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(product.path("version").asLong()).isZero();
		assertThat(product.path("createdAt").asString()).isEqualTo(product.path("updatedAt").asString());
		assertThat(product.path("variants").get(0).path("price").path("amount").asLong()).isEqualTo(450);
		assertThat(product.path("variants").get(0).path("inStock").asBoolean()).isFalse();

		Reply read = this.api.get("/products/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).hasValue("\"0\"");
		assertThat(read.json()).isEqualTo(product);

		Reply bySku = this.api.get("/products/skus/" + sku);
		assertThat(bySku.status()).isEqualTo(200);
		assertThat(bySku.json().path("product").path("id").asString()).isEqualTo(id);
		assertThat(bySku.json().path("variant").path("sku").asString()).isEqualTo(sku);
	}

	@Test
	void aDraftIsSeenOnlyByItsSellerAdminsAndServices() {
		String id = create(with(product("Secret Draft Lamp", 1200), "status", "DRAFT"), this.seller);

		assertThat(this.api.get("/products/" + id).status()).isEqualTo(404);
		assertThat(this.api.get("/products/" + id, TestTokens.customer()).status()).isEqualTo(404);
		assertThat(this.api.get("/products/" + id, this.otherSeller).status()).isEqualTo(404);
		assertThat(this.api.get("/products/" + id, this.seller).status()).isEqualTo(200);
		assertThat(this.api.get("/products/" + id, TestTokens.admin()).status()).isEqualTo(200);
		assertThat(this.api.get("/products/" + id, TestTokens.service()).status()).isEqualTo(200);
	}

	@Test
	void listsShowActiveProductsToEveryoneAndDraftsOnlyToTheirSeller() {
		create(product("Listed Active Teapot", 900), this.seller);
		create(with(product("Listed Draft Teapot", 900), "status", "DRAFT"), this.seller);
		String sellerFilter = "/products?sellerId=" + this.seller.userId() + "&sort=name,asc";

		Reply anonymous = this.api.get(sellerFilter);
		Reply owner = this.api.get(sellerFilter, this.seller);
		Reply other = this.api.get(sellerFilter, this.otherSeller);

		assertThat(names(anonymous)).containsExactly("Listed Active Teapot");
		assertThat(names(other)).containsExactly("Listed Active Teapot");
		assertThat(names(owner)).containsExactly("Listed Active Teapot", "Listed Draft Teapot");
		assertThat(owner.json().path("totalItems").asLong()).isEqualTo(2);
		assertThat(owner.json().path("totalPages").asInt()).isEqualTo(1);
		assertThat(this.api.get(sellerFilter + "&status=DRAFT", this.seller).json().path("totalItems").asLong())
			.isEqualTo(1);
	}

	@Test
	void aSellerReplacesItsOwnProduct() {
		String id = create(product("Old Name Vase", 1000), this.seller);

		Reply replaced = this.api.put("/products/" + id, product("New Name Vase", 1100), this.seller);

		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(replaced.json().path("name").asString()).isEqualTo("New Name Vase");
		assertThat(replaced.json().path("version").asLong()).isEqualTo(1);
		assertThat(replaced.header("ETag")).hasValue("\"1\"");
		assertThat(this.api.get("/products/" + id).json().path("name").asString()).isEqualTo("New Name Vase");
	}

	@Test
	void anotherSellersProductIsNotFoundAndStaysUnchanged() {
		String id = create(product("Guarded Clock", 2000), this.seller);

		assertThat(this.api.put("/products/" + id, product("Stolen Clock", 1), this.otherSeller).status())
			.isEqualTo(404);
		assertThat(this.api.patch("/products/" + id, Map.of("name", "Stolen"), this.otherSeller).status())
			.isEqualTo(404);
		assertThat(this.api.delete("/products/" + id, this.otherSeller).status()).isEqualTo(404);

		JsonNode product = this.api.get("/products/" + id).json();
		assertThat(product.path("name").asString()).isEqualTo("Guarded Clock");
		assertThat(product.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(product.path("version").asLong()).isZero();
	}

	@Test
	void anAdminEditsAnySellersProduct() {
		String id = create(product("Admin Edited Bowl", 700), this.seller);

		Reply patched = this.api.patch("/products/" + id, Map.of("name", "Admin Fixed Bowl"), TestTokens.admin());

		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.json().path("name").asString()).isEqualTo("Admin Fixed Bowl");
		assertThat(patched.json().path("sellerId").asString()).isEqualTo(this.seller.userId().toString());
	}

	@Test
	void anAdminCreatesAProductForASeller() {
		Reply created = this.api.post("/products",
				with(product("Made For Seller Jug", 800), "sellerId", this.seller.userId()), TestTokens.admin());

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("sellerId").asString()).isEqualTo(this.seller.userId().toString());
	}

	@Test
	void aSellerCannotCreateAProductForAnotherSeller() {
		Reply created = this.api.post("/products",
				with(product("Impostor Jug", 800), "sellerId", this.otherSeller.userId()), this.seller);

		assertThat(created.status()).isEqualTo(400);
		assertThat(created.errorFields()).containsExactly("sellerId");
	}

	@Test
	void customersMayNotWriteAndAnonymousCallersMustSignIn() {
		String id = create(product("Protected Plate", 300), this.seller);

		assertThat(this.api.post("/products", product("Customer Plate", 300), TestTokens.customer()).status())
			.isEqualTo(403);
		assertThat(this.api.delete("/products/" + id, TestTokens.customer()).status()).isEqualTo(403);
		assertThat(this.api.post("/products", product("Anonymous Plate", 300), null).status()).isEqualTo(401);
		assertThat(this.api.delete("/products/" + id, null).status()).isEqualTo(401);
	}

	@Test
	void deletingArchivesTheProductWhichThenOnlyItsSellerSees() {
		String id = create(product("Retired Lantern", 1500), this.seller);

		Reply deleted = this.api.delete("/products/" + id, this.seller);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.api.get("/products/" + id).status()).isEqualTo(404);
		JsonNode archived = this.api.get("/products/" + id, this.seller).json();
		assertThat(archived.path("status").asString()).isEqualTo("ARCHIVED");
		assertThat(archived.path("version").asLong()).isEqualTo(1);
		assertThat(this.api.delete("/products/" + id, this.seller).status()).as("a repeat changes nothing")
			.isEqualTo(204);
		assertThat(this.api.get("/products/" + id, this.seller).json().path("version").asLong()).isEqualTo(1);
	}

	@Test
	void anArchivedProductChangesOnlyByBeingRestored() {
		String id = create(product("Dormant Candle", 350), this.seller);
		this.api.delete("/products/" + id, this.seller);

		Reply edited = this.api.patch("/products/" + id, Map.of("name", "Edited While Archived"), this.seller);
		Reply restored = this.api.patch("/products/" + id, Map.of("status", "ACTIVE", "name", "Revived Candle"),
				this.seller);

		assertThat(edited.status()).isEqualTo(409);
		assertThat(edited.json().path("type").asString()).isEqualTo("https://ecommerce.dev/problems/product-archived");
		assertThat(restored.status()).isEqualTo(200);
		assertThat(this.api.get("/products/" + id).json().path("name").asString()).isEqualTo("Revived Candle");
	}

	@Test
	void severalSkusAreLookedUpAtOnceAndUnknownOnesAreListedAsMissing() {
		Map<String, Object> first = product("Batch Cup", 300);
		Map<String, Object> second = product("Batch Saucer", 200);
		create(first, this.seller);
		create(second, this.seller);
		String firstSku = (String) variants(first).get(0).get("sku");
		String secondSku = (String) variants(second).get(0).get("sku");

		Reply found = this.api.get("/products/skus?sku=" + secondSku + "&sku=NOPE-404&sku=" + firstSku);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.each("/items", "/variant/sku")).containsExactly(secondSku, firstSku);
		assertThat(found.json().path("missing").get(0).asString()).isEqualTo("NOPE-404");
	}

	@Test
	void anUnknownProductIsNotFound() {
		assertThat(this.api.get("/products/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.api.get("/products/not-a-uuid").status()).isEqualTo(400);
		assertThat(this.api.get("/products/skus/NO-SUCH-SKU").status()).isEqualTo(404);
	}

	private String create(Map<String, Object> product, Token token) {
		Reply created = this.api.post("/products", product, token);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private static java.util.List<String> names(Reply page) {
		return page.each("/items", "/name");
	}

}
