package dev.ecommerce.user.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.user.account.Accounts;
import dev.ecommerce.user.api.RegistrationRequest;
import dev.ecommerce.user.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo's accounts, all with the password {@value #PASSWORD} that devstack prints. The
 * seller has the id that owns the product service's demo catalog.
 */
@Component
public class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String PASSWORD = "demo-password-1";

	/** The product service's demo seller ({@code DemoProperties.DEMO_SELLER} there). */
	static final UUID SELLER_ID = UUID.fromString("5e11e700-de30-4000-8000-000000000001");

	static final UUID ADMIN_ID = UUID.fromString("ad111100-de30-4000-8000-000000000001");

	static final UUID CUSTOMER_ID = UUID.fromString("c0570000-de30-4000-8000-000000000001");

	private static final List<Demo> ACCOUNTS = List.of(
			new Demo(ADMIN_ID, "admin@demo.shop", "Demo Admin", Set.of(Role.ADMIN)),
			new Demo(SELLER_ID, "seller@demo.shop", "Demo Seller", Set.of(Role.SELLER)),
			new Demo(CUSTOMER_ID, "customer@demo.shop", "Demo Customer", Set.of(Role.CUSTOMER)));

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Opens each demo account whose id and email are both free. */
	public void openMissing() {
		for (Demo demo : ACCOUNTS) {
			if (this.accounts.openIfAbsent(demo.id(), new RegistrationRequest(demo.email(), PASSWORD, demo.fullName()),
					demo.roles())) {
				log.info("Opened the demo account {} ({})", demo.email(), demo.roles());
			}
		}
	}

	private record Demo(UUID id, String email, String fullName, Set<Role> roles) {

	}

}
