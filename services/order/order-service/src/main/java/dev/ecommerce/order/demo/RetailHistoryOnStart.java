package dev.ecommerce.order.demo;

import java.io.IOException;
import java.sql.SQLException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, loads the demo shoppers' order history before the
 * service reports ready, so that it is there when the shop is (it takes about a second).
 */
@Component
@Profile("demo")
class RetailHistoryOnStart implements ApplicationRunner {

	private final RetailHistory history;

	RetailHistoryOnStart(RetailHistory history) {
		this.history = history;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, SQLException {
		this.history.loadIfAbsent();
	}

}
