package dev.ecommerce.devstack;

import java.io.PrintStream;

/**
 * The {@code devstack} program: {@code up} runs the whole shop in the foreground until
 * Ctrl-C, {@code status} shows what runs. Errors are one line on stderr and a non-zero
 * exit.
 */
public final class Devstack {

	private Devstack() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			CommandLine commandLine = CommandLine.parse(args);
			return switch (commandLine.command()) {
				case HELP -> {
					out.print(CommandLine.USAGE);
					yield 0;
				}
				case STATUS -> new StatusCommand(commandLine, System.getenv(), out).run();
				case UP -> new UpCommand(commandLine, System.getenv(), out, err).run();
			};
		}
		catch (IllegalArgumentException ex) {
			err.println("devstack: " + ex.getMessage());
			return 2;
		}
	}

}
