package dev.ecommerce.product;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka. Every test class shares one Spring context and one database, so
 * each test makes its own data (its own sellers, SKUs, words and categories).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms" })
public abstract class ServiceIntegrationTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
	}

}
