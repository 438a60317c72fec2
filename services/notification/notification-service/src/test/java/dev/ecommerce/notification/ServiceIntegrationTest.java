package dev.ecommerce.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ecommerce.platform.test.ServiceHttpTest;
import dev.ecommerce.platform.test.TestTokens;
import dev.ecommerce.user.api.UserRegistered;
import dev.ecommerce.user.api.UserUpdated;
import dev.ecommerce.user.api.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of the tests that run the service against the test run's PostgreSQL and Kafka, a
 * real SMTP server (GreenMail) and a stand-in for the SMS provider and the sellers'
 * webhooks (WireMock), each started once per JVM. Every test class shares one Spring
 * context and one database, so each test makes its own users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.structured.format.console=", "ecommerce.notification.delivery.poll-interval=100ms",
				"ecommerce.notification.sms.account-sid=AC123", "ecommerce.notification.sms.auth-token=secret",
				"ecommerce.notification.sms.from=+15550001111",
				"ecommerce.notification.unsubscribe-secret=test-unsubscribe-secret",
				"ecommerce.notification.delivery.max-attempts=3",
				"ecommerce.notification.delivery.initial-backoff=200ms",
				"ecommerce.notification.delivery.max-backoff=2s" })
public abstract class ServiceIntegrationTest extends ServiceHttpTest {

	/** The SMTP server every mail of the test run goes to. */
	protected static final GreenMail mail = startMail();

	/** The SMS provider and the sellers' webhooks. */
	protected static final WireMockServer http = startHttp();

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	private KafkaTemplate<String, String> kafka;

	private static GreenMail startMail() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	private static WireMockServer startHttp() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("ecommerce.notification.sms.base-url", http::baseUrl);
	}

	/** Publishes a CloudEvent as its service would. */
	protected void publish(String topic, String id, String type, Object key, Object data) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(),
				json.writeValueAsString(data));
		Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source",
				"/" + topic.replace(".events", "") + "-service", "ce_subject", key.toString(), "ce_time",
				Instant.now().toString(), "content-type", "application/json")
			.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		try {
			this.kafka.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + type, ex);
		}
	}

	/** A user the service knows from the user service's events, with a fresh address. */
	protected User registered(String name) {
		UUID id = UUID.randomUUID();
		String email = name.toLowerCase().replace(' ', '.') + "." + id.toString().substring(0, 8) + "@example.com";
		publish("user.events", UUID.randomUUID().toString(), UserRegistered.TYPE, id,
				new UserRegistered(id, email, name, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM contact WHERE user_id = ?")
				.param(id)
				.query(Long.class)
				.single() == 1);
		return new User(id, email, name);
	}

	/** Tells the service the user's phone and roles, as a profile change would. */
	protected void updated(User user, @Nullable String phone, Role... roles) {
		publish("user.events", UUID.randomUUID().toString(), UserUpdated.TYPE, user.id(),
				new UserUpdated(user.id(), user.email(), user.name(), phone, List.of(roles), true, 2, Instant.now()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM contact WHERE user_id = ? AND version = 2")
				.param(user.id())
				.query(Long.class)
				.single() == 1);
	}

	/** The mails received for an address, waiting until there are as many as expected. */
	protected List<MimeMessage> mailsTo(String address, int expected) {
		await().atMost(Duration.ofSeconds(30)).until(() -> received(address).size() >= expected);
		return received(address);
	}

	protected List<MimeMessage> received(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** How many notifications a user has on a channel. */
	protected long notifications(UUID recipient, String channel) {
		return this.jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = ? AND channel = ?")
			.params(recipient, channel)
			.query(Long.class)
			.single();
	}

	protected TestTokens.Token tokenOf(User user, String... roles) {
		return TestTokens.as(user.id(), (roles.length == 0) ? new String[] { "CUSTOMER" } : roles);
	}

	/** A user as the tests know it. */
	public record User(UUID id, String email, String name) {
	}

}
