package dev.ecommerce.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import dev.ecommerce.devstack.run.RunDirectory;
import dev.ecommerce.devstack.service.JarFinder;
import dev.ecommerce.devstack.service.Readiness;
import dev.ecommerce.devstack.service.ServiceDefinition;

/**
 * {@code devstack status}: each part of the stack with its port, pid and health, found
 * from the pid files a running stack keeps and by asking each port.
 */
final class StatusCommand {

	private static final String ROW = "%-15s %6s %8s  %s%n";

	private final StackOptions options;

	private final PrintStream out;

	private final RunDirectory run;

	private final Readiness readiness = new Readiness();

	StatusCommand(CommandLine commandLine, Map<String, String> environment, PrintStream out) {
		this.options = StackOptions.fromEnvironment(commandLine.root(), environment);
		this.out = out;
		this.run = new RunDirectory(this.options.runDirectory());
	}

	int run() {
		OptionalLong devstack = this.run.liveDevstackPid();
		this.out.println("devstack: " + (devstack.isPresent()
				? "running (pid " + devstack.getAsLong() + ", " + this.run.state().orElse("unknown") + ")"
				: "not running"));
		this.out.printf(Locale.ROOT, ROW, "NAME", "PORT", "PID", "HEALTH");
		row("postgres", this.options.database().isPresent() ? "external: " + this.options.database().get().url()
				: listening(this.options.postgresPort()), this.options.postgresPort());
		row("kafka",
				this.options.kafka()
					.map((servers) -> "external: " + servers)
					.orElseGet(() -> listening(this.options.kafkaPort())),
				this.options.kafkaPort());
		JarFinder jars = new JarFinder(this.options.projectRoot());
		for (ServiceDefinition definition : this.options.catalog().all()) {
			row(definition.name(), health(definition, jars), definition.port());
		}
		return 0;
	}

	private void row(String name, String health, int port) {
		OptionalLong pid = this.run.livePid(name);
		this.out.printf(Locale.ROOT, ROW, name, port, pid.isPresent() ? Long.toString(pid.getAsLong()) : "-", health);
	}

	private String health(ServiceDefinition definition, JarFinder jars) {
		int status = this.readiness.probe(definition.port());
		if (status == 200) {
			return "ready";
		}
		if (status > 0) {
			return "not ready (HTTP " + status + ")";
		}
		if (this.run.livePid(definition.name()).isPresent()) {
			return "starting";
		}
		JarFinder.Lookup lookup = jars.find(definition);
		return lookup.jar().isPresent() ? "stopped" : lookup.reason();
	}

	private static String listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 1000);
			return "accepting connections";
		}
		catch (IOException ex) {
			return "stopped";
		}
	}

}
