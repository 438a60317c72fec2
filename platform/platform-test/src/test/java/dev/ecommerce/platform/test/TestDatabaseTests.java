package dev.ecommerce.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TestDatabaseTests {

	@Test
	void aTestRunGetsAFreshPostgreSqlDatabaseOfItsOwn() throws Exception {
		TestDatabase database = TestDatabase.get();
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
			assertThat(result.next()).isTrue();
			assertThat(result.getString(1)).startsWith("test_");
			assertThat(result.getInt(2)).isGreaterThanOrEqualTo(150000);
		}
		assertThat(TestDatabase.get()).isSameAs(database);
	}

	@Test
	void anExistingServersUrlGetsTheFreshDatabaseInPlaceOfItsOwn() {
		assertThat(TestDatabase.replaceDatabase("jdbc:postgresql://db:5432/postgres?ssl=false", "test_1"))
			.isEqualTo("jdbc:postgresql://db:5432/test_1?ssl=false");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestDatabase.replaceDatabase("jdbc:postgresql://db", "x"));
	}

}
