package dev.ecommerce.user.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, and never with {@code prod}, opens the demo accounts
 * before the service reports ready.
 */
@Component
@Profile("demo & !prod")
class DemoAccountsOnStart implements ApplicationRunner {

	private final DemoAccounts demoAccounts;

	DemoAccountsOnStart(DemoAccounts demoAccounts) {
		this.demoAccounts = demoAccounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoAccounts.openMissing();
	}

}
