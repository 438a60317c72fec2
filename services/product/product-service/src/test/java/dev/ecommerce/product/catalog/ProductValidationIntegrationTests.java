package dev.ecommerce.product.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.platform.test.TestTokens.Token;
import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.ProductMother;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ecommerce.product.ProductMother.money;
import static dev.ecommerce.product.ProductMother.product;
import static dev.ecommerce.product.ProductMother.variant;
import static dev.ecommerce.product.ProductMother.variants;
import static dev.ecommerce.product.ProductMother.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductValidationIntegrationTests extends ServiceIntegrationTest {

	private final Token seller = TestTokens.seller();

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aBlankNameIsRefusedWithTheFieldNamed() {
		Reply refused = this.api.post("/products", with(product("x", 100), "name", "  "), this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("type").asString()).isEqualTo("https://ecommerce.dev/problems/validation");
		assertThat(refused.errorFields()).containsExactly("name");
	}

	@Test
	void aZeroOrNegativePriceIsRefused() {
		Map<String, Object> product = product("Free Lunch", 100);
		variants(product).add(variant(ProductMother.newSku(), -5));
		variants(product).get(0).put("price", money(0));

		Reply refused = this.api.post("/products", product, this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("variants[0].price.amount",
				"variants[1].price.amount");
	}

	@Test
	void aPriceInAnotherCurrencyThanTheCatalogsIsRefused() {
		Map<String, Object> product = product("Dollar Mug", 100);
		variants(product).get(0).put("price", Map.of("amount", 100, "currency", "USD"));

		Reply refused = this.api.post("/products", product, this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("variants[0].price.currency");
	}

	@Test
	void tooLongTextsAreRefused() {
		Map<String, Object> product = product("n".repeat(201), 100);
		product.put("description", "d".repeat(5001));
		product.put("brand", "b".repeat(101));
		product.put("attributes", Map.of("colour", "c".repeat(201)));
		variants(product).get(0).put("sku", "S".repeat(65));

		Reply refused = this.api.post("/products", product, this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).contains("name", "description", "brand", "variants[0].sku")
			.anyMatch((field) -> field.startsWith("attributes"));
	}

	@Test
	void moreThanAHundredVariantsOrTwentyImagesAreRefused() {
		Map<String, Object> product = product("Everything Shop", 100);
		List<Object> images = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			images.add("https://images.example.com/" + i + ".jpg");
		}
		product.put("images", images);
		for (int i = 0; i < 100; i++) {
			variants(product).add(variant(ProductMother.newSku(), 100 + i));
		}

		Reply refused = this.api.post("/products", product, this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactlyInAnyOrder("variants", "images");
	}

	@Test
	void aHundredVariantsAreAccepted() {
		Map<String, Object> product = product("Hundred Colours Pen", 100);
		for (int i = 1; i < 100; i++) {
			variants(product).add(variant(ProductMother.newSku(), 100 + i));
		}

		Reply created = this.api.post("/products", product, this.seller);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("variants").size()).isEqualTo(100);
	}

	@Test
	void aProductWithoutVariantsIsRefused() {
		Reply refused = this.api.post("/products", with(product("Nothing To Sell", 100), "variants", List.of()),
				this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("variants");
	}

	@Test
	void anUnknownCategoryIsRefused() {
		Reply refused = this.api.post("/products",
				with(product("Lost Product", 100), "categoryId", UUID.randomUUID().toString()), this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("categoryId");
	}

	@Test
	void controlCharactersAndBadUrlsAreRefused() {
		Map<String, Object> product = product("Null\u0000Byte", 100);
		product.put("images", List.of("javascript:alert(1)"));
		product.put("attributes", Map.of("colour", "red\u0007"));

		Reply refused = this.api.post("/products", product, this.seller);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).contains("name")
			.anyMatch((field) -> field.startsWith("images"))
			.anyMatch((field) -> field.startsWith("attributes"));
	}

	@Test
	void aSkuOfAnotherProductIsAConflictAndNothingIsCreated() {
		Map<String, Object> first = product("Original Owner Tin", 100);
		assertThat(this.api.post("/products", first, this.seller).status()).isEqualTo(201);
		String sku = (String) variants(first).get(0).get("sku");
		Map<String, Object> second = product("Copycat Tin", 100);
		variants(second).get(0).put("sku", sku);

		Reply refused = this.api.post("/products", second, TestTokens.seller());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().path("type").asString()).isEqualTo("https://ecommerce.dev/problems/duplicate-sku");
		assertThat(refused.json().path("detail").asString()).contains(sku);
		assertThat(this.api.get("/products/skus/" + sku).json().path("product").path("name").asString())
			.isEqualTo("Original Owner Tin");
	}

	@Test
	void aSkuListedTwiceInOneProductIsAConflict() {
		Map<String, Object> product = product("Twin Sku Box", 100);
		String sku = (String) variants(product).get(0).get("sku");
		variants(product).add(variant(sku, 200));

		Reply refused = this.api.post("/products", product, this.seller);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(this.api.get("/products/skus/" + sku).status()).isEqualTo(404);
	}

	@Test
	void whenSellersRaceForOneSkuExactlyOneGetsIt() throws Exception {
		String sku = ProductMother.newSku();
		List<Callable<Integer>> attempts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Map<String, Object> product = product("Racing Product " + i, 100);
			variants(product).get(0).put("sku", sku);
			attempts.add(() -> this.api.post("/products", product, TestTokens.seller()).status());
		}
		ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(attempts)) {
				statuses.add(status.get());
			}
			assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void theDatabaseKeepsSkusUniqueWhateverWritesThem() {
		Map<String, Object> product = product("Constraint Check", 100);
		String id = this.api.post("/products", product, this.seller).json().path("id").asString();
		String sku = (String) variants(product).get(0).get("sku");

		assertThatThrownBy(() -> this.jdbc.sql("""
				INSERT INTO product_variant (product_id, position, sku, price_amount, price_currency)
				VALUES (CAST(? AS uuid), 1, ?, 100, 'GBP')""").params(id, sku).update())
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void malformedJsonAndWrongTypesAreBadRequests() {
		assertThat(this.api.post("/products", "{\"name\": ", this.seller).status()).isEqualTo(400);
		Reply wrongType = this.api.post("/products", with(product("Typed", 100), "status", "SOLD_OUT"), this.seller);
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().path("type").asString())
			.isEqualTo("https://ecommerce.dev/problems/malformed-request");
	}

}
