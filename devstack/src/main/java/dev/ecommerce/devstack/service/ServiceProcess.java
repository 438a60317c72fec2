package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child process, its output going to its log file. Separate
 * processes keep the services as independent as they are in production, and let tests
 * kill one.
 */
public final class ServiceProcess {

	private final ServiceDefinition definition;

	private final Process process;

	private final Path log;

	private final Instant startedAt;

	private ServiceProcess(ServiceDefinition definition, Process process, Path log, Instant startedAt) {
		this.definition = definition;
		this.process = process;
		this.log = log;
		this.startedAt = startedAt;
	}

	/**
	 * Starts the service. A restart appends to the log so that a crash before it stays
	 * readable.
	 * @param definition the service
	 * @param command the command line
	 * @param environment variables added to the inherited environment
	 * @param log the log file
	 * @param appendLog whether to keep what the log already holds
	 * @return the running service
	 */
	public static ServiceProcess launch(ServiceDefinition definition, List<String> command,
			Map<String, String> environment, Path log, boolean appendLog) {
		try {
			Files.createDirectories(log.getParent());
			String banner = "=== devstack: starting " + definition.name() + " at " + Instant.now() + "\n";
			Files.writeString(log, banner, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					appendLog ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.WRITE);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
			builder.environment().putAll(environment);
			return new ServiceProcess(definition, builder.start(), log, Instant.now());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + definition.name() + ": " + ex.getMessage(), ex);
		}
	}

	private static java.io.File nullDevice() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	public ServiceDefinition definition() {
		return this.definition;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path log() {
		return this.log;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public OptionalInt exitCode() {
		return this.process.isAlive() ? OptionalInt.empty() : OptionalInt.of(this.process.exitValue());
	}

	public Duration uptime() {
		return Duration.between(this.startedAt, Instant.now());
	}

	/**
	 * Runs an action when the process ends, however it ends.
	 * @param action what to do
	 */
	public void onExit(Runnable action) {
		this.process.onExit().thenRun(action);
	}

	/**
	 * Asks the service to shut down (SIGTERM), so that Spring closes its resources in
	 * order.
	 */
	public void requestStop() {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
	}

	/**
	 * Waits for the service to end after {@link #requestStop()}, killing it when it takes
	 * longer.
	 * @param grace how long it may take to stop by itself
	 * @return whether it stopped by itself
	 */
	public boolean awaitStop(Duration grace) {
		if (waitFor(grace)) {
			return true;
		}
		kill();
		return false;
	}

	/**
	 * Ends the service at once (SIGKILL), as a crash would, and waits until it is gone.
	 */
	public void kill() {
		this.process.descendants().forEach(ProcessHandle::destroyForcibly);
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !this.process.isAlive();
		}
	}

}
