package dev.ecommerce.devstack.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.ecommerce.devstack.run.Progress;
import dev.ecommerce.devstack.run.RunDirectory;

/**
 * The services a stack has started: starts them together and waits until each is ready,
 * and stops, kills or restarts them one by one.
 */
public final class RunningServices {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private final Map<String, ServiceProcess> processes = new ConcurrentHashMap<>();

	private final Map<String, AppCache.App> apps = new ConcurrentHashMap<>();

	private final AppCache cache;

	private final ServiceEnvironment environment;

	private final JavaCommand java;

	private final Path logs;

	private final Path displayRoot;

	private final RunDirectory runDirectory;

	private final Progress progress;

	private final Readiness readiness = new Readiness();

	private final int concurrency;

	public RunningServices(ServiceEnvironment environment, JavaCommand java, Path logs, Path displayRoot,
			RunDirectory runDirectory, Progress progress, int concurrency) {
		this.environment = environment;
		this.concurrency = Math.max(1, concurrency);
		this.java = java;
		this.logs = logs;
		this.displayRoot = displayRoot;
		this.runDirectory = runDirectory;
		this.progress = progress;
		this.cache = new AppCache(runDirectory, java);
	}

	/**
	 * Starts the services, a few at a time, and waits until every one is ready. Starting
	 * ten JVMs at once on a small machine makes each wait for the CPU: a bounded number
	 * at a time gets the first ready sooner and lets each one's timeout count from its
	 * own start. On failure the caller stops what did start.
	 * @param jars the services to start with their jars
	 * @param timeout how long each service may take, from its own start
	 * @param abandoned tells that the stack is being stopped meanwhile
	 * @throws ServiceStartException naming the service that failed
	 */
	public void startAll(Map<ServiceDefinition, Path> jars, Duration timeout, BooleanSupplier abandoned) {
		Deque<ServiceDefinition> queue = new ArrayDeque<>(StartOrder.of(jars.keySet()));
		Map<String, ServiceProcess> pending = new LinkedHashMap<>();
		while (!queue.isEmpty() || !pending.isEmpty()) {
			while (pending.size() < this.concurrency && !queue.isEmpty()) {
				ServiceDefinition next = queue.removeFirst();
				pending.put(next.name(), launch(next, jars.get(next), false));
			}
			pollOnce(pending, timeout);
			if (abandoned.getAsBoolean()) {
				throw new ServiceStartException("stopped while starting");
			}
			if (!pending.isEmpty()) {
				pause();
			}
		}
	}

	/**
	 * Starts one service again, e.g. after a test killed it, and waits until it is ready.
	 * @param definition the service
	 * @param jar its jar
	 * @param timeout how long it may take
	 */
	public void start(ServiceDefinition definition, Path jar, Duration timeout) {
		if (isRunning(definition.name())) {
			throw new IllegalStateException(definition.name() + " is already running");
		}
		Map<String, ServiceProcess> pending = new LinkedHashMap<>();
		pending.put(definition.name(), launch(definition, jar, true));
		while (!pending.isEmpty()) {
			pollOnce(pending, timeout);
			if (!pending.isEmpty()) {
				pause();
			}
		}
	}

	private ServiceProcess launch(ServiceDefinition definition, Path jar, boolean appendLog) {
		AppCache.App app = this.cache.prepare(definition.name(), jar);
		ServiceProcess process = ServiceProcess.launch(definition, app.command(), this.environment.of(definition),
				this.logs.resolve(definition.name() + ".log"), appendLog);
		this.processes.put(definition.name(), process);
		this.apps.put(definition.name(), app);
		this.runDirectory.writePid(definition.name(), process.pid());
		return process;
	}

	/** Removes the services that became ready; fails on one that exited or is late. */
	private void pollOnce(Map<String, ServiceProcess> pending, Duration timeout) {
		for (ServiceProcess process : List.copyOf(pending.values())) {
			ServiceDefinition definition = process.definition();
			if (this.readiness.isReady(definition.port())) {
				this.progress.ready(definition.name(), definition.port(), process.uptime(), "");
				pending.remove(definition.name());
				reportCrash(process);
			}
			else if (!process.isAlive()) {
				throw new ServiceStartException(definition.name() + " exited during start-up (exit code "
						+ process.exitCode().orElse(-1) + "), see " + display(process.log()));
			}
			else if (process.uptime().compareTo(timeout) > 0) {
				throw new ServiceStartException(definition.name() + " is not ready after " + timeout.toSeconds()
						+ " s, see " + display(process.log()));
			}
		}
	}

	/**
	 * A service that dies after it was ready is named at once, rather than found out by
	 * its callers.
	 */
	private void reportCrash(ServiceProcess process) {
		String name = process.definition().name();
		process.onExit(() -> {
			if (this.processes.remove(name, process)) {
				this.forget(name, false);
				this.progress.note("devstack: " + name + " exited (exit code " + process.exitCode().orElse(-1)
						+ "), see " + display(process.log()));
			}
		});
	}

	/**
	 * Clears what a service left behind once it ended.
	 * @param name the service
	 * @param stoppedCleanly whether it stopped by itself when asked, so that the class
	 * archive it recorded on the way out is complete
	 */
	private void forget(String name, boolean stoppedCleanly) {
		this.runDirectory.removePid(name);
		this.runDirectory.removeJar(name);
		AppCache.App app = this.apps.remove(name);
		if (app != null) {
			if (stoppedCleanly) {
				app.stoppedCleanly();
			}
			else {
				app.killed();
			}
		}
	}

	private String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path root = this.displayRoot.toAbsolutePath().normalize();
		return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
	}

	private static void pause() {
		try {
			TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceStartException("interrupted while waiting for the services to be ready");
		}
	}

	public boolean isRunning(String name) {
		return get(name).map(ServiceProcess::isAlive).orElse(false);
	}

	public Optional<ServiceProcess> get(String name) {
		return Optional.ofNullable(this.processes.get(name));
	}

	/**
	 * The services started and still alive.
	 * @return their names
	 */
	public List<String> running() {
		return this.processes.values()
			.stream()
			.filter(ServiceProcess::isAlive)
			.map((process) -> process.definition().name())
			.sorted()
			.toList();
	}

	/**
	 * Stops one service gracefully (SIGTERM), killing it after the grace period.
	 * @param name the service
	 * @param grace how long it may take
	 */
	public void stop(String name, Duration grace) {
		ServiceProcess process = this.processes.remove(name);
		if (process != null) {
			process.requestStop();
			this.forget(name, process.awaitStop(graceFor(name, grace)));
		}
	}

	/**
	 * A service recording its class archive writes it on the way out (70–150 MB; with ten
	 * writing at once on two cores, up to a minute and more): it gets twice the grace, so
	 * that the first stop after a build is not cut short.
	 */
	private Duration graceFor(String name, Duration grace) {
		AppCache.App app = this.apps.get(name);
		return (app != null && app.recording() != null) ? grace.multipliedBy(2) : grace;
	}

	/**
	 * Kills one service at once (SIGKILL), as a crash would.
	 * @param name the service
	 */
	public void kill(String name) {
		ServiceProcess process = this.processes.remove(name);
		if (process != null) {
			process.kill();
			this.forget(name, false);
		}
	}

	/**
	 * Stops every service: all are asked at once, then each is waited for, so that
	 * stopping ten takes as long as the slowest rather than the sum.
	 * @param grace how long they may take
	 */
	public void stopAll(Duration grace) {
		List<ServiceProcess> all = List.copyOf(this.processes.values());
		// unregistered first: an exit we asked for is not reported as a crash
		all.forEach((process) -> this.processes.remove(process.definition().name(), process));
		all.forEach(ServiceProcess::requestStop);
		Instant asked = Instant.now();
		for (ServiceProcess process : all) {
			Instant deadline = asked.plus(graceFor(process.definition().name(), grace));
			Duration left = Duration.between(Instant.now(), deadline);
			boolean stoppedCleanly = process.awaitStop(left.isNegative() ? Duration.ZERO : left);
			this.forget(process.definition().name(), stoppedCleanly);
		}
	}

}
