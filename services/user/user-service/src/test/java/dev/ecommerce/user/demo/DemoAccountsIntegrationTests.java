package dev.ecommerce.user.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
			.as("3 accounts and 25 retail shoppers")
			.isEqualTo(28);
	}

	@Test
	void aRetailShopperSignsInWithTheIdTheOtherServicesGiveTheirHistory() {
		this.demoAccounts.openMissing();

		Api.Reply shopper = me("shopper-14911@demo.shop");
		assertThat(shopper.json().at("/roles").toString()).isEqualTo("[\"CUSTOMER\"]");
		assertThat(shopper.text("/fullName")).isEqualTo("Oisin Walsh");
		assertThat(shopper.text("/id"))
			.isEqualTo(UUID.nameUUIDFromBytes("retail-customer:14911".getBytes(StandardCharsets.UTF_8)).toString());
	}

	@Test
	void everyShopperIdIsDerivedFromTheRetailCustomerId() throws Exception {
		List<String> rows = DemoAccounts.SHOPPERS.getContentAsString(StandardCharsets.UTF_8).lines().skip(1).toList();

		assertThat(rows).hasSize(25).allSatisfy((row) -> {
			String[] fields = row.split("\t");
			assertThat(fields[1])
				.isEqualTo(UUID.nameUUIDFromBytes(("retail-customer:" + fields[0]).getBytes(StandardCharsets.UTF_8))
					.toString());
			assertThat(fields[2]).isEqualTo("shopper-" + fields[0] + "@demo.shop");
		});
	}

	private Api.Reply me(String email) {
		return this.api.get("/auth/me", this.accounts.login(email, DemoAccounts.PASSWORD).access());
	}

}
