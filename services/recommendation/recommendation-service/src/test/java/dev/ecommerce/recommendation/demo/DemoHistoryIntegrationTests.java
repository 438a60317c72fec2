package dev.ecommerce.recommendation.demo;

import java.util.UUID;

import dev.ecommerce.recommendation.ServiceIntegrationTest;
import dev.ecommerce.recommendation.signal.Interactions;
import dev.ecommerce.recommendation.training.ModelVersion;
import dev.ecommerce.recommendation.training.Training;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo history: purchases naming stock codes, which count once the catalog names
 * their products; the demo customer is given one customer's purchases, and a retail
 * shopper's purchases are its account's.
 */
class DemoHistoryIntegrationTests extends ServiceIntegrationTest {

	/** The account of the retail shopper 12583 in {@code demo-shoppers.tsv}. */
	private static final UUID SHOPPER_12583 = UUID.fromString("ebc0226f-5168-3d9e-b034-4f97b6b68057");

	@Autowired
	private javax.sql.DataSource dataSource;

	@Autowired
	private Training training;

	@Autowired
	private Interactions interactions;

	@Test
	void theHistoryIsLoadedOnceAndCountsWhenTheCatalogKnowsItsSkus() throws Exception {
		UUID customer = UUID.randomUUID();
		DemoHistory history = new DemoHistory(JdbcClient.create(this.dataSource), this.dataSource,
				new DemoProperties(new ClassPathResource("demo-history.csv.gz"), customer, "retail-17850",
						new ClassPathResource("demo-shoppers.tsv")));

		assertThat(history.loadIfAbsent()).as("5 clean purchases and the demo customer's copy of 2").isEqualTo(7);
		assertThat(history.loadIfAbsent()).as("loaded already").isZero();
		assertThat(this.interactions.of(customer.toString())).as("no SKU is known yet").isEmpty();

		UUID product = productWithSku("Demo Heart Holder", "85123A");
		ModelVersion version = this.training.trainNow();

		assertThat(this.interactions.bought(customer.toString())).containsExactly(product);
		assertThat(version.numberOf(product)).isNotNegative();
		assertThat(this.interactions.bought(SHOPPER_12583.toString())).as("a retail shopper's own purchases")
			.containsExactly(product);
		assertThat(this.interactions.of("retail-12583")).as("the shopper's, not the data's customer's").isEmpty();
	}

}
