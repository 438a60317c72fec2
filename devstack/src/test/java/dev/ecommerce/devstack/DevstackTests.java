package dev.ecommerce.devstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevstackTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpPrintsTheUsageAndSucceeds() {
		assertThat(run("help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Usage: devstack");
	}

	@Test
	void aMistakeIsOneLineOnStderrAndExitCode2() {
		assertThat(run("up", "--services", "nosuch")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEqualTo("devstack: unknown service 'nosuch' (known: "
				+ "gateway, product, inventory, order, payment, user, cart, shipping, recommendation, notification)"
				+ System.lineSeparator());
	}

	private int run(String... args) {
		return Devstack.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
