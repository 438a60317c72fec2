package dev.ecommerce.notification.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ecommerce.notification.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Against an SMTP server that refuses every connection with {@code 554}, a mail is tried
 * the configured number of times (3 here), with doubling pauses, then FAILED. The service
 * is pointed at that server for the time of the test.
 */
class FailingSmtpIntegrationTests extends ServiceIntegrationTest {

	private static final RefusingSmtpServer smtp = new RefusingSmtpServer();

	@Autowired
	private JavaMailSenderImpl mailSender;

	@Test
	void aMailTheServerRefusesIsRetriedWithGrowingPausesThenFailed() throws Exception {
		int port = this.mailSender.getPort();
		this.mailSender.setPort(smtp.port());
		User rex;
		try {
			rex = registered("Rex Refused");
			await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(rex.id())));
		}
		finally {
			this.mailSender.setPort(port);
		}
		List<Attempt> attempts = this.jdbc.sql("""
				SELECT a.attempt, a.at, a.outcome, a.error FROM notification_attempt a
				JOIN notification n ON n.id = a.notification_id
				WHERE n.recipient_id = ? AND n.channel = 'EMAIL' ORDER BY a.attempt""")
			.param(rex.id())
			.query((rs, n) -> new Attempt(rs.getInt("attempt"),
					rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("outcome"),
					rs.getString("error")))
			.list();
		assertThat(attempts).extracting(Attempt::attempt).containsExactly(1, 2, 3);
		assertThat(attempts).allSatisfy((attempt) -> {
			assertThat(attempt.outcome()).isEqualTo("FAILED");
			assertThat(attempt.error()).startsWith("SMTP: ").contains("554");
		});
		for (int i = 1; i < attempts.size(); i++) {
			Duration pause = Duration.between(attempts.get(i - 1).at(), attempts.get(i).at());
			assertThat(pause).as("pause before attempt " + (i + 1))
				.isGreaterThanOrEqualTo(Duration.ofMillis(200L << (i - 1)));
		}
		int connections = smtp.connections();
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(smtp.connections()).as("no attempt after FAILED").isEqualTo(connections));
		assertThat(received(rex.email())).isEmpty();
	}

	private String status(UUID user) {
		return this.jdbc.sql("SELECT status FROM notification WHERE recipient_id = ? AND channel = 'EMAIL'")
			.param(user)
			.query(String.class)
			.optional()
			.orElse("NONE");
	}

	record Attempt(int attempt, java.time.Instant at, String outcome, String error) {
	}

	/** An SMTP server that greets every client with "554 no service" and hangs up. */
	static final class RefusingSmtpServer {

		private final ServerSocket socket;

		private final AtomicInteger connections = new AtomicInteger();

		RefusingSmtpServer() {
			try {
				this.socket = new ServerSocket(0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread acceptor = new Thread(this::serve, "refusing-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		int connections() {
			return this.connections.get();
		}

		private void serve() {
			while (!this.socket.isClosed()) {
				try (Socket client = this.socket.accept()) {
					this.connections.incrementAndGet();
					OutputStream out = client.getOutputStream();
					out.write("554 5.3.0 no service here\r\n".getBytes(StandardCharsets.US_ASCII));
					out.flush();
				}
				catch (IOException ex) {
					// the next client
				}
			}
		}

	}

}
