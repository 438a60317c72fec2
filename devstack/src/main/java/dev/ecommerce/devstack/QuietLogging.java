package dev.ecommerce.devstack;

import java.nio.file.Path;

/**
 * Sends PostgreSQL's and Kafka's logging to {@code logs/postgres.log} and
 * {@code logs/kafka.log} (Kafka alone logs about a thousand lines per start), so that the
 * console shows devstack's progress only. The configuration is not called
 * {@code logback.xml}: a program that uses this module as a library keeps its own.
 */
final class QuietLogging {

	private QuietLogging() {
	}

	/**
	 * Must run before the first logger is created.
	 * @param logs the log directory
	 */
	static void configure(Path logs) {
		System.setProperty("devstack.logs", logs.toString());
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "devstack-logback.xml");
		}
	}

}
