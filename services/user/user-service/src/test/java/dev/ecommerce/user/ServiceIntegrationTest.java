package dev.ecommerce.user;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that call the running service over HTTP, against the test run's
 * PostgreSQL and Kafka. Every test class shares one Spring context and one database, so
 * each test registers its own users (see {@link Accounts}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"logging.structured.format.console=", "ecommerce.events.relay.poll-interval=100ms",
		// the secret is "test-client-secret"
		"ecommerce.user.service-clients.order-service.secret-hash=$argon2id$v=19$m=19456,t=2,p=1$UeGoxb9ynI2CY4YJhaC8QQ$p8obop7QtptNRm87RhpmC2uVmdpsFn3c/5R2mG/4cVo" })
public abstract class ServiceIntegrationTest {

	@LocalServerPort
	protected int port;

	protected Api api;

	protected Accounts accounts;

	@BeforeEach
	void connect() {
		this.api = new Api(this.port);
		this.accounts = new Accounts(this.api);
	}

}
