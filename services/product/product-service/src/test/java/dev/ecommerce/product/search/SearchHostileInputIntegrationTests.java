package dev.ecommerce.product.search;

import java.util.Collections;
import java.util.List;

import dev.ecommerce.product.Api.Reply;
import dev.ecommerce.product.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.ecommerce.product.Api.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a client sends to search, the answer is a result or a 400 problem, never a
 * 500.
 */
class SearchHostileInputIntegrationTests extends ServiceIntegrationTest {

	static List<String> queryTexts() {
		return List.of("\"", "\"\"\"", "'", "''; DROP TABLE product; --", "\\", "\\\\\\", "a\\'b",
				"candle & | ! ( ) : * <-> <2>", "!!!", "(((", ":*", "a:*B", "-", "--", "-candle", "or", "or or or",
				"\"unterminated phrase", "candle\" or \"", "%", "_", "%_%", "1 = 1", "$$", "$1", "?", "::text",
				"select * from product", "☃ 🕯️ 蜡烛", "\uFFFD", "a".repeat(200));
	}

	static List<String> badQueryTexts() {
		return List.of("\u0000", "candle\u0000", "\u0007bell", "a".repeat(201));
	}

	@ParameterizedTest
	@MethodSource("queryTexts")
	void anyQueryTextIsAResultNotAnError(String text) {
		Reply reply = this.api.get("/products/search?q=" + encode(text));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().path("items").isArray()).isTrue();
	}

	@ParameterizedTest
	@MethodSource("badQueryTexts")
	void controlCharactersAndOverlongQueriesAreBadRequests(String text) {
		Reply reply = this.api.get("/products/search?q=" + encode(text));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.errorFields()).containsExactly("q");
	}

	@Test
	void aTenKilobyteQueryIsABadRequest() {
		Reply reply = this.api.get("/products/search?q=" + "candle+".repeat(1500));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type).contains("json"));
	}

	@Test
	void aFiftyKilobyteQueryIsABadRequestToo() {
		Reply reply = this.api.get("/products/search?q=" + "x".repeat(50_000));

		assertThat(reply.status()).as(reply.toString()).isBetween(400, 431);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sort=name", "sort=price,sideways", "sort=relevance,desc", "sort=price&sort=newest",
			"sort=%27;DROP", "size=1000", "size=101", "size=0", "size=-1", "size=abc", "page=-1", "page=abc",
			"page=99999999999", "minPrice=abc", "minPrice=-1", "minPrice=99999999999999999999", "maxPrice=1.5",
			"minPrice=10&maxPrice=5", "inStock=maybe", "category=%27;DROP%20TABLE", "category=Not%20A%20Slug",
			"brand=%00", "attr.%3Cscript%3E=x", "attr.=x", "attr.colour=%00" })
	void malformedParametersAreBadRequests(String parameters) {
		Reply reply = this.api.get("/products/search?" + parameters);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
		assertThat(reply.json().path("type").asString()).isEqualTo("https://ecommerce.dev/problems/validation");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "page=2147483647", "page=2147483647&size=100", "category=00000000-0000-0000-0000-000000000000",
					"category=no-such-category", "brand=%27%20OR%201=1", "attr.colour=%27%20OR%201=1",
					"unknown=parameter", "minPrice=0&maxPrice=9223372036854775807", "q=&sort=price,desc" })
	void oddButWellFormedParametersAreAnsweredWithAResult(String parameters) {
		Reply reply = this.api.get("/products/search?" + parameters);

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
	}

	@Test
	void tooManyFilterValuesAreABadRequest() {
		StringBuilder parameters = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			parameters.append("&attr.a").append(i).append("=x");
		}
		List<String> brands = Collections.nCopies(11, "brand=x");

		assertThat(this.api.get("/products/search?" + parameters).status()).isEqualTo(400);
		assertThat(this.api.get("/products/search?" + String.join("&", brands)).status()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "\\", "'", "\"", ":*", "a & b", "!", "(", "<->", "☃", "candle\u0000" })
	void suggestionsAnswerAnyText(String text) {
		Reply reply = this.api.get("/products/suggest?q=" + encode(text));

		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		assertThat(reply.json().path("suggestions").isArray()).isTrue();
	}

	@Test
	void anOverlongSuggestionTextIsABadRequest() {
		assertThat(this.api.get("/products/suggest?q=" + "a".repeat(101)).status()).isEqualTo(400);
	}

}
