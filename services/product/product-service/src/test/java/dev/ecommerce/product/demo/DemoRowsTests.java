package dev.ecommerce.product.demo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoRowsTests {

	@Test
	void quotedFieldsMayHoldCommasAndDoubledQuotes() {
		assertThat(DemoRows.fields("84029E,\"Red Woolly Hottie, \"\"White\"\" Heart\",375")).containsExactly("84029E",
				"Red Woolly Hottie, \"White\" Heart", "375");
		assertThat(DemoRows.fields("a,,")).containsExactly("a", "", "");
	}

	@Test
	void anUnclosedQuoteIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemoRows.fields("1,\"open,2"));
	}

	@Test
	void theShippedExtractHasOneWellFormedRowPerStockCode() throws Exception {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/catalog.csv").getInputStream(), StandardCharsets.UTF_8))) {
			List<List<String>> rows = lines.lines().skip(1).map(DemoRows::fields).toList();

			assertThat(rows).hasSize(3630);
			assertThat(rows).allSatisfy((row) -> {
				assertThat(row).hasSize(3);
				assertThat(row.get(0)).matches("[0-9]{5}[A-Z]{0,3}");
				assertThat(row.get(1)).isNotBlank();
				assertThat(Long.parseLong(row.get(2))).isPositive();
			});
			assertThat(rows.stream().map((row) -> row.get(0)).distinct()).hasSize(3630);
		}
	}

}
