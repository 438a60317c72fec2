package dev.ecommerce.devstack.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JdbcUrlTests {

	@Test
	void theDatabaseIsReplacedAndTheParametersKept() {
		assertThat(JdbcUrl.parse("jdbc:postgresql://db.local:5432/postgres?sslmode=require").withDatabase("order"))
			.isEqualTo("jdbc:postgresql://db.local:5432/order?sslmode=require");
	}

	@Test
	void aUrlWithoutDatabaseGetsOne() {
		assertThat(JdbcUrl.parse("jdbc:postgresql://localhost:5432").withDatabase("cart"))
			.isEqualTo("jdbc:postgresql://localhost:5432/cart");
	}

	@Test
	void somethingElseThanAPostgresqlUrlIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> JdbcUrl.parse("jdbc:mysql://localhost/shop"))
			.withMessageStartingWith("SHOP_DATABASE_URL must look like jdbc:postgresql://host:5432/postgres");
	}

	@Test
	void reservedWordsAreQuotedAsDatabaseNames() {
		assertThat(ServiceDatabases.quoted("order")).isEqualTo("\"order\"");
		assertThat(ServiceDatabases.quoted("we\"ird")).isEqualTo("\"we\"\"ird\"");
	}

}
