package dev.ecommerce.product.demo;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.product.ProductMother;
import dev.ecommerce.product.ServiceIntegrationTest;
import dev.ecommerce.product.demo.DemoCatalog.ImportResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private DemoCatalog demoCatalog;

	@Test
	void goodRowsBecomeProductsAndBadRowsAreSkippedAndCounted() throws Exception {
		ImportResult result;
		try (Reader csv = new InputStreamReader(new ClassPathResource("demo/small-catalog.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			result = this.demoCatalog.importFrom(csv);
		}

		assertThat(result.imported()).isEqualTo(5);
		assertThat(result.skipped()).isEqualTo(Map.of("bad name", 1, "bad price", 3, "bad stock code", 1,
				"repeated stock code", 1, "unreadable", 1, "wrong number of fields", 2));

		JsonNode holder = this.api.get("/products/skus/90001A").json().path("product");
		assertThat(holder.path("name").asString()).isEqualTo("White Hanging Heart T-Light Holder");
		assertThat(holder.path("sellerId").asString()).isEqualTo(DemoProperties.DEMO_SELLER);
		assertThat(holder.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(holder.at("/variants/0/price/amount").asLong()).isEqualTo(255);
		assertThat(holder.at("/variants/0/price/currency").asString()).isEqualTo("GBP");
		assertThat(holder.path("attributes").path("colour").asString()).isEqualTo("white");
		assertThat(categorySlug(holder)).isEqualTo("candles");

		JsonNode tins = this.api.get("/products/skus/90002B").json().path("product");
		assertThat(tins.path("name").asString()).isEqualTo("Set of 3 Regency Cake Tins, Red");
		assertThat(tins.path("brand").asString()).isEqualTo("Regency");
		assertThat(categorySlug(tins)).isEqualTo("kitchenware");

		JsonNode bag = this.api.get("/products/skus/90004").json().path("product");
		assertThat(bag.path("name").asString()).isEqualTo("Lunch Bag \"Red\" Retrospot");
		assertThat(categorySlug(bag)).isEqualTo("bags");
		assertThat(categorySlug(this.api.get("/products/skus/90003").json().path("product"))).isEqualTo("christmas");
		assertThat(categorySlug(this.api.get("/products/skus/90005").json().path("product"))).isEqualTo("other");

		assertThat(this.api.get("/products/search?q=regency+tins").each("/items", "/id"))
			.containsExactly(tins.path("id").asString());
		assertThat(this.api.get("/products/search?category=candles-lights&q=heart").each("/items", "/id"))
			.contains(holder.path("id").asString());
	}

	@Test
	void aRowTheCatalogRefusesIsSkippedAndTheOthersOfItsChunkAreImported() throws Exception {
		Map<String, Object> taken = ProductMother.product("Taken Already", 100);
		ProductMother.variants(taken).get(0).put("sku", "90100");
		assertThat(this.api.post("/products", taken, TestTokens.seller()).status()).isEqualTo(201);

		ImportResult result = this.demoCatalog.importFrom(new StringReader(
				"stock_code,name,price_pence\n90099,Fresh Doorstop,300\n90100,Taken Already,100\n90101,Fresh Mug,100\n"));

		assertThat(result.imported()).isEqualTo(2);
		assertThat(result.skipped()).isEqualTo(Map.of("refused by the catalog: Duplicate SKU", 1));
		assertThat(this.api.get("/products/skus/90099").status()).isEqualTo(200);
		assertThat(this.api.get("/products/skus/90101").status()).isEqualTo(200);
		assertThat(this.api.get("/products/skus/90100").json().at("/product/name").asString())
			.isEqualTo("Taken Already");
	}

	@Test
	void aCatalogWithProductsIsLeftAsItIs() {
		assertThat(this.api.post("/products", ProductMother.product("Already Here", 100), TestTokens.seller()).status())
			.isEqualTo(201);

		assertThat(this.demoCatalog.importIfEmpty().imported()).isZero();
	}

	private String categorySlug(JsonNode product) {
		return this.api.get("/categories/" + product.path("categoryId").asString()).json().path("slug").asString();
	}

}
