package dev.ecommerce.user.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.user.account.Accounts;
import dev.ecommerce.user.api.RegistrationRequest;
import dev.ecommerce.user.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts, all with the password {@value #PASSWORD} that devstack prints. The
 * seller has the id that owns the product service's demo catalog. The shoppers are
 * customers of the online-retail data set ({@code demo/shoppers.tsv}, made by the order
 * service's {@code src/etc/demo-history-extract.py}): their ids are the ones the order
 * service gives their past orders and the recommendation service their purchases.
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

	static final Resource SHOPPERS = new ClassPathResource("demo/shoppers.tsv");

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Opens each demo account whose id and email are both free. */
	public void openMissing() {
		long started = System.nanoTime();
		for (Demo demo : ACCOUNTS) {
			if (this.accounts.openIfAbsent(demo.id(), new RegistrationRequest(demo.email(), PASSWORD, demo.fullName()),
					demo.roles())) {
				log.info("Opened the demo account {} ({})", demo.email(), demo.roles());
			}
		}
		Map<UUID, RegistrationRequest> shoppers = shoppers();
		int shoppersOpened = this.accounts.openAllIfAbsent(shoppers, PASSWORD);
		log.info("Opened {} of the {} retail shoppers' demo accounts ({} ms in all)", shoppersOpened, shoppers.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The retail shoppers by their ids in the file. */
	private static Map<UUID, RegistrationRequest> shoppers() {
		Map<UUID, RegistrationRequest> shoppers = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(SHOPPERS.getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] f = line.split("\t", -1);
				shoppers.put(UUID.fromString(f[1]), new RegistrationRequest(f[2], PASSWORD, f[3]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the demo shoppers " + SHOPPERS, ex);
		}
		return shoppers;
	}

	private record Demo(UUID id, String email, String fullName, Set<Role> roles) {

	}

}
