package dev.ecommerce.user.demo;

import dev.ecommerce.user.Api;
import dev.ecommerce.user.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoAccountsLogInWithTheirRolesAndTheSellerOwnsTheDemoCatalog() {
		this.demoAccounts.openMissing();
		this.demoAccounts.openMissing();

		assertThat(me("admin@demo.shop").json().at("/roles").toString()).isEqualTo("[\"ADMIN\"]");
		Api.Reply seller = me("seller@demo.shop");
		assertThat(seller.json().at("/roles").toString()).isEqualTo("[\"SELLER\"]");
		assertThat(seller.text("/id")).isEqualTo("5e11e700-de30-4000-8000-000000000001");
		assertThat(me("customer@demo.shop").json().at("/roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM users WHERE email LIKE '%@demo.shop'", Long.class))
			.isEqualTo(3);
	}

	private Api.Reply me(String email) {
		return this.api.get("/auth/me", this.accounts.login(email, DemoAccounts.PASSWORD).access());
	}

}
