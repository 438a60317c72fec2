package dev.ecommerce.recommendation.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, loads the demo history in the background at start-up;
 * the training schedule then trains on it once the catalog has arrived.
 */
@Component
@Profile("demo")
class DemoHistoryOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistoryOnStart.class);

	private final DemoHistory history;

	DemoHistoryOnStart(DemoHistory history) {
		this.history = history;
	}

	@Override
	public void run(ApplicationArguments args) {
		Thread loader = new Thread(() -> {
			try {
				this.history.loadIfAbsent();
			}
			catch (Exception ex) {
				log.error("Could not load the demo history", ex);
			}
		}, "demo-history");
		loader.setDaemon(true);
		loader.start();
	}

}
