package dev.ecommerce.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.ecommerce.devstack.kafka.Broker;
import dev.ecommerce.devstack.kafka.EmbeddedBroker;
import dev.ecommerce.devstack.kafka.ExternalBroker;
import dev.ecommerce.devstack.mail.MailServer;
import dev.ecommerce.devstack.port.PortCheck;
import dev.ecommerce.devstack.postgres.DatabaseServer;
import dev.ecommerce.devstack.postgres.EmbeddedDatabaseServer;
import dev.ecommerce.devstack.postgres.ExternalDatabaseServer;
import dev.ecommerce.devstack.postgres.ServiceDatabases;
import dev.ecommerce.devstack.run.Progress;
import dev.ecommerce.devstack.run.RunDirectory;
import dev.ecommerce.devstack.service.ServiceDefinition;

/**
 * Starts PostgreSQL (with a database per service), Kafka and the mail server, embedded or
 * external as the options say, and records the pids that {@code shop down} needs if this
 * JVM dies.
 */
final class Infrastructure {

	private final StackOptions options;

	private final RunDirectory run;

	private final Progress progress;

	Infrastructure(StackOptions options, RunDirectory run, Progress progress) {
		this.options = options;
		this.run = run;
		this.progress = progress;
	}

	DatabaseServer startDatabase() {
		Instant began = Instant.now();
		DatabaseServer server = this.options.database()
			.<DatabaseServer>map(
					(external) -> new ExternalDatabaseServer(external.url(), external.username(), external.password()))
			.orElseGet(() -> EmbeddedDatabaseServer.start(this.options.postgresPort(), this.run.resolve("postgres")));
		try {
			server.pid().ifPresent((pid) -> this.run.writePid("postgres", pid));
			List<String> databases = this.options.catalog()
				.services()
				.stream()
				.map(ServiceDefinition::ownDatabase)
				.flatMap(java.util.Optional::stream)
				.toList();
			int created = ServiceDatabases.createMissing(server, databases);
			this.progress.ready("postgres", port(server), Duration.between(began, Instant.now()),
					server.description() + ", " + created + " databases created");
			return server;
		}
		catch (RuntimeException ex) {
			server.close();
			this.run.removePid("postgres");
			throw ex;
		}
	}

	private int port(DatabaseServer server) {
		return (server instanceof EmbeddedDatabaseServer embedded) ? embedded.port() : this.options.postgresPort();
	}

	Broker startBroker() {
		Instant began = Instant.now();
		Broker broker = this.options.kafka()
			.<Broker>map(ExternalBroker::new)
			.orElseGet(() -> EmbeddedBroker.start(this.options.kafkaPort(), PortCheck.anyFree(),
					this.run.resolve("kafka")));
		if (broker instanceof EmbeddedBroker) {
			// the broker lives in this JVM
			this.run.writePid("kafka", ProcessHandle.current().pid());
		}
		this.progress.ready("kafka", this.options.kafkaPort(), Duration.between(began, Instant.now()),
				broker.description() + " at " + broker.bootstrapServers());
		return broker;
	}

	MailServer startMail() {
		Instant began = Instant.now();
		MailServer mail = MailServer.start(this.options.smtpPort(), this.options.imapPort());
		this.progress.ready("mail", mail.smtpPort(), Duration.between(began, Instant.now()), mail.description());
		return mail;
	}

	void stopBroker(Broker broker) {
		broker.close();
		this.run.removePid("kafka");
	}

	void stopDatabase(DatabaseServer server) {
		server.close();
		this.run.removePid("postgres");
	}

}
