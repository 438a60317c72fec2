package dev.ecommerce.product.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, fills an empty catalog with the demo catalog before the
 * service reports ready.
 */
@Component
@Profile("demo")
class DemoCatalogOnStart implements ApplicationRunner {

	private final DemoCatalog demoCatalog;

	DemoCatalogOnStart(DemoCatalog demoCatalog) {
		this.demoCatalog = demoCatalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoCatalog.importIfEmpty();
	}

}
