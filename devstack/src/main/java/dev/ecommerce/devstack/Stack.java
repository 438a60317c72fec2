package dev.ecommerce.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

import dev.ecommerce.devstack.kafka.Broker;
import dev.ecommerce.devstack.kafka.EmbeddedBroker;
import dev.ecommerce.devstack.mail.MailServer;
import dev.ecommerce.devstack.port.PortCheck;
import dev.ecommerce.devstack.postgres.DatabaseServer;
import dev.ecommerce.devstack.run.Progress;
import dev.ecommerce.devstack.run.RunDirectory;
import dev.ecommerce.devstack.service.InfrastructureEndpoints;
import dev.ecommerce.devstack.service.JarFinder;
import dev.ecommerce.devstack.service.RunningServices;
import dev.ecommerce.devstack.service.ServiceDefinition;
import dev.ecommerce.devstack.service.ServiceEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * The whole shop on this machine: PostgreSQL and Kafka in this JVM (or external ones),
 * and each built service and the gateway as a child process.
 *
 * <pre>{@code
 * try (Stack stack = Stack.start(StackOptions.fromEnvironment(root, System.getenv()))) {
 *     stack.kill("product");   // as a crash would
 *     stack.start("product");  // back, and ready
 * }
 * }</pre>
 *
 * Services whose jar is not built are skipped. Start-up either succeeds or leaves nothing
 * running; {@link #stop()} stops the services first, then Kafka, then PostgreSQL.
 */
public final class Stack implements AutoCloseable {

	private final StackOptions options;

	private final RunDirectory run;

	private final Progress progress;

	private final Infrastructure infrastructure;

	private final JarFinder jars;

	/**
	 * Held while starting or stopping, so that a stop during start-up waits for a clean
	 * point.
	 */
	private final ReentrantLock lifecycle = new ReentrantLock();

	private final Map<String, String> skipped = new LinkedHashMap<>();

	private volatile boolean stopping;

	private @Nullable DatabaseServer database;

	private @Nullable Broker broker;

	private @Nullable MailServer mail;

	private @Nullable RunningServices services;

	private Stack(StackOptions options) {
		this.options = options;
		this.run = new RunDirectory(options.runDirectory());
		this.progress = new Progress(options.progress());
		this.infrastructure = new Infrastructure(options, this.run, this.progress);
		this.jars = new JarFinder(options.projectRoot());
	}

	/**
	 * Starts a stack and waits until every built service is ready.
	 * @param options how to run it
	 * @return the running stack
	 * @throws StackStartException with a one-line reason; nothing is left running then
	 */
	public static Stack start(StackOptions options) {
		Stack stack = prepare(options);
		stack.startAll();
		return stack;
	}

	/**
	 * A stack not started yet, so that a shutdown hook can be registered before start-up
	 * begins: a Ctrl-C during start-up then stops what had started.
	 * @param options how to run it
	 * @return the stack
	 */
	public static Stack prepare(StackOptions options) {
		return new Stack(options);
	}

	/**
	 * Starts PostgreSQL, Kafka and the services, and waits until each service is ready.
	 * @throws StackStartException with a one-line reason; nothing is left running then
	 */
	public void startAll() {
		this.lifecycle.lock();
		try {
			StartPlan plan = StartPlan.of(this.options, this.jars);
			this.skipped.putAll(plan.skipped());
			this.skipped.forEach(
					(name, reason) -> this.progress.skipped(name, this.options.catalog().get(name).port(), reason));
			PortCheck.problem(plan.ports()).ifPresent((problem) -> {
				throw new StackStartException(problem);
			});
			startDatabaseAndBroker();
			abandonIfStopping();
			this.mail = this.infrastructure.startMail();
			abandonIfStopping();
			this.services = new RunningServices(new ServiceEnvironment(this.options.catalog(), endpoints()),
					this.options.java(), this.options.logs(), this.options.projectRoot(), this.run, this.progress,
					this.options.startConcurrency());
			this.services.startAll(plan.toStart(), this.options.startTimeout(), () -> this.stopping);
		}
		catch (RuntimeException ex) {
			stopEverything();
			throw (ex instanceof StackStartException startFailure) ? startFailure
					: new StackStartException(oneLine(ex), ex);
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	/**
	 * PostgreSQL and Kafka start side by side: neither needs the other, and each spends
	 * part of its start waiting (initdb, the broker's log and controller).
	 */
	private void startDatabaseAndBroker() {
		CompletableFuture<Broker> kafka = CompletableFuture.supplyAsync(this.infrastructure::startBroker,
				(task) -> new Thread(task, "kafka-start").start());
		RuntimeException failure = null;
		try {
			this.database = this.infrastructure.startDatabase();
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		try {
			// kept even when PostgreSQL failed, so that it is stopped with the rest
			this.broker = kafka.join();
		}
		catch (CompletionException ex) {
			RuntimeException brokerFailure = (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			if (failure == null) {
				failure = brokerFailure;
			}
			else {
				failure.addSuppressed(brokerFailure);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private InfrastructureEndpoints endpoints() {
		DatabaseServer server = running(this.database, "PostgreSQL");
		return new InfrastructureEndpoints(server::jdbcUrl, server.username(), server.password(),
				running(this.broker, "Kafka").bootstrapServers(), running(this.mail, "the mail server").smtpPort());
	}

	private void abandonIfStopping() {
		if (this.stopping) {
			throw new StackStartException("stopped while starting");
		}
	}

	/**
	 * Stops everything: the services (SIGTERM, killed after the grace period), then
	 * Kafka, then PostgreSQL. Safe to call more than once, and from a shutdown hook
	 * during start-up.
	 */
	public void stop() {
		this.stopping = true;
		this.lifecycle.lock();
		try {
			stopEverything();
		}
		finally {
			this.lifecycle.unlock();
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void stopEverything() {
		RunningServices started = this.services;
		if (started != null) {
			if (!started.running().isEmpty()) {
				this.progress.note("Stopping " + String.join(", ", started.running()) + " ...");
			}
			// also clears what exited by itself during start-up
			attempt(() -> started.stopAll(this.options.stopGrace()));
		}
		MailServer mailServer = this.mail;
		this.mail = null;
		if (mailServer != null) {
			attempt(mailServer::close);
		}
		Broker kafka = this.broker;
		this.broker = null;
		if (kafka != null) {
			attempt(() -> this.infrastructure.stopBroker(kafka));
		}
		DatabaseServer postgres = this.database;
		this.database = null;
		if (postgres != null) {
			attempt(() -> this.infrastructure.stopDatabase(postgres));
		}
	}

	/** One part failing to stop must not keep the others running. */
	private void attempt(Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			this.progress.note("devstack: " + oneLine(ex));
		}
	}

	/**
	 * The embedded mail server, where every mail the services sent is kept.
	 * @return the running mail server
	 */
	public MailServer mail() {
		return running(this.mail, "the mail server");
	}

	/**
	 * Kills a service at once (SIGKILL), as a crash would.
	 * @param name the service
	 */
	public void kill(String name) {
		runningServices().kill(this.options.catalog().get(name).name());
	}

	/**
	 * Restarts the embedded Kafka broker on the same port and logs, as an operator would
	 * to upgrade or reconfigure it; the services reconnect by themselves.
	 * @throws IllegalStateException when the broker is an external one
	 */
	public void restartKafka() {
		Broker kafka = running(this.broker, "Kafka");
		if (!(kafka instanceof EmbeddedBroker embedded)) {
			throw new IllegalStateException("only the embedded Kafka broker can be restarted from here");
		}
		this.progress.note("Restarting Kafka ...");
		embedded.restart();
		this.progress.note("Kafka is back at " + embedded.bootstrapServers());
	}

	/**
	 * Starts a service (again) and waits until it is ready.
	 * @param name the service
	 * @throws StackStartException when it is not built, exits or is not ready in time
	 */
	public void start(String name) {
		ServiceDefinition definition = this.options.catalog().get(name);
		JarFinder.Lookup lookup = this.jars.find(definition);
		Path jar = lookup.jar().orElseThrow(() -> new StackStartException(name + " is " + lookup.reason()));
		try {
			runningServices().start(definition, jar, this.options.startTimeout());
		}
		catch (RuntimeException ex) {
			runningServices().kill(name);
			throw new StackStartException(oneLine(ex), ex);
		}
	}

	/** Same as {@link #start(String)}. @param name the service */
	public void startService(String name) {
		start(name);
	}

	/**
	 * Stops a service gracefully (SIGTERM), killing it after the grace period.
	 * @param name the service
	 */
	public void stopService(String name) {
		runningServices().stop(this.options.catalog().get(name).name(), this.options.stopGrace());
	}

	public boolean isRunning(String name) {
		return this.services != null && this.services.isRunning(name);
	}

	/**
	 * The services (and gateway) running now.
	 * @return their names, sorted
	 */
	public List<String> running() {
		return (this.services != null) ? this.services.running() : List.of();
	}

	/**
	 * The selected services that were not started, with the reason (usually: not built).
	 * @return reason by name
	 */
	public Map<String, String> skipped() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.skipped));
	}

	public URI gatewayUrl() {
		return URI.create("http://localhost:" + this.options.catalog().gateway().port());
	}

	public String jdbcUrl(String database) {
		return running(this.database, "PostgreSQL").jdbcUrl(database);
	}

	public String kafkaBootstrapServers() {
		return running(this.broker, "Kafka").bootstrapServers();
	}

	public StackOptions options() {
		return this.options;
	}

	private RunningServices runningServices() {
		return running(this.services, "the stack");
	}

	private static <T> T running(@Nullable T part, String what) {
		if (part == null) {
			throw new IllegalStateException(what + " is not running");
		}
		return part;
	}

	static String oneLine(Throwable ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
