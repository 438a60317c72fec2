package dev.ecommerce.devstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import dev.ecommerce.devstack.run.RunDirectory;

/**
 * {@code devstack up}: starts the stack, prints where to go, and runs until Ctrl-C or
 * SIGTERM, when a shutdown hook stops everything in order.
 */
final class UpCommand {

	private final CommandLine commandLine;

	private final Map<String, String> environment;

	private final PrintStream out;

	private final PrintStream err;

	private volatile boolean failed;

	UpCommand(CommandLine commandLine, Map<String, String> environment, PrintStream out, PrintStream err) {
		this.commandLine = commandLine;
		this.environment = environment;
		this.out = out;
		this.err = err;
	}

	/**
	 * Starts the stack and, once it is ready, blocks until the JVM is asked to end.
	 * @return the exit code when start-up failed
	 */
	int run() {
		StackOptions options = options();
		QuietLogging.configure(options.logs());
		RunDirectory run = new RunDirectory(options.runDirectory());
		run.writeOwnPid(ProcessHandle.current().pid());
		run.writeState("starting");
		this.out.println("devstack: starting the shop in " + options.projectRoot());
		Stack stack = Stack.prepare(options);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack, run), "devstack-stop"));
		Instant began = Instant.now();
		try {
			stack.startAll();
		}
		catch (StackStartException ex) {
			this.failed = true;
			run.writeState("failed");
			this.err.println("devstack: " + ex.getMessage());
			return 1;
		}
		new Summary(stack, this.out).print(Duration.between(began, Instant.now()));
		run.writeState("ready");
		awaitTermination();
		return 0;
	}

	private StackOptions options() {
		StackOptions options = StackOptions.fromEnvironment(this.commandLine.root(), this.environment)
			.withProgress(this.out::println);
		if (!this.commandLine.services().isEmpty()) {
			options = options.withServices(this.commandLine.services());
		}
		return this.commandLine.timeout().map(options::withStartTimeout).orElse(options);
	}

	private void stop(Stack stack, RunDirectory run) {
		stack.stop();
		if (!this.failed) {
			run.writeState("stopped");
			this.out.println("devstack: stopped");
		}
		run.removeOwnPid();
	}

	/**
	 * The shutdown hook does the stopping; this thread only has to stay out of the way.
	 */
	private static void awaitTermination() {
		try {
			new CountDownLatch(1).await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
