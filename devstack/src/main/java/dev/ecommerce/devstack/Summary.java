package dev.ecommerce.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What the user needs once the stack is up: where the shop answers, its API docs, the
 * logs and the demo accounts.
 */
final class Summary {

	static final String DEMO_PASSWORD = "demo-password-1";

	/**
	 * Three of the user service's 25 retail shoppers, with their past orders: the most,
	 * one abroad, and the one whose purchases the demo customer was given.
	 */
	static final String DEMO_SHOPPERS = "shopper-12748@demo.shop (138 past orders), shopper-14911@demo.shop "
			+ "(Ireland, 131), shopper-17850@demo.shop (34)";

	/** Where all the retail shoppers are listed. */
	static final String SHOPPERS = "services/user/user-service/src/main/resources/demo/shoppers.tsv";

	private final Stack stack;

	private final PrintStream out;

	Summary(Stack stack, PrintStream out) {
		this.stack = stack;
		this.out = out;
	}

	void print(Duration took) {
		StackOptions options = this.stack.options();
		this.out.println();
		this.out.printf(Locale.ROOT, "The shop is up (%.1f s).%n", took.toMillis() / 1000.0);
		if (this.stack.isRunning("gateway")) {
			this.out.println("  Shop API     " + this.stack.gatewayUrl());
			this.out.println("  API docs     " + this.stack.gatewayUrl() + "/swagger-ui.html");
		}
		else {
			this.out.println("  Shop API     none: the gateway is not running");
		}
		this.out.println("  PostgreSQL   " + this.stack.jdbcUrl("<service>") + " (user "
				+ (options.database().map(StackOptions.ExternalDatabase::username).orElse("postgres")) + ")");
		this.out.println("  Kafka        " + this.stack.kafkaBootstrapServers());
		this.out.println("  Mail         sent over SMTP to localhost:" + options.smtpPort()
				+ "; read it with any IMAP client at localhost:" + options.imapPort()
				+ " (user: the recipient's address, any password)");
		this.out.println("  Logs         " + display(options) + "/<name>.log (./shop logs <name>)");
		if (this.stack.isRunning("user")) {
			this.out.println("  Demo users   admin@demo.shop, seller@demo.shop, customer@demo.shop (password "
					+ DEMO_PASSWORD + ")");
			this.out.println("  Shoppers     " + DEMO_SHOPPERS + ",");
			this.out.println("               and 22 more (same password), all listed in " + SHOPPERS);
		}
		if (!this.stack.skipped().isEmpty()) {
			this.out.println("  Not started  " + String.join(", ", this.stack.skipped().keySet())
					+ " (not built; ./mvnw -DskipTests package builds them)");
		}
		this.out.println("Stop it with Ctrl-C (./shop down when started with ./shop up -d).");
	}

	private static String display(StackOptions options) {
		Path logs = options.logs();
		return logs.startsWith(options.projectRoot()) ? options.projectRoot().relativize(logs).toString()
				: logs.toString();
	}

}
