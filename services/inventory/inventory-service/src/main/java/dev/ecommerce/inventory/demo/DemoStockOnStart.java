package dev.ecommerce.inventory.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, fills an empty inventory with the demo stores and stock
 * before the service reports ready.
 */
@Component
@Profile("demo")
class DemoStockOnStart implements ApplicationRunner {

	private final DemoStock demoStock;

	DemoStockOnStart(DemoStock demoStock) {
		this.demoStock = demoStock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoStock.loadIfEmpty();
	}

}
