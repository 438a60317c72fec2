package dev.ecommerce.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The arguments of the {@code devstack} program.
 *
 * @param command what to do
 * @param services the services to start (the gateway is always added); empty for all
 * @param timeout how long each service may take to be ready, if not the default
 * @param root the project root
 */
record CommandLine(Command command, List<String> services, Optional<Duration> timeout, Path root) {

	static final String USAGE = """
			Usage: devstack [up|status|help] [options]

			  up        start PostgreSQL, Kafka, every built service and the gateway; Ctrl-C stops all
			  status    show each part with its port, pid and health
			  help      show this

			Options:
			  --services a,b     start only these services (plus the gateway and the infrastructure)
			  --timeout SECONDS  how long each service may take to be ready (default 120)
			  --root DIR         the project root (default: the current directory)
			""";

	enum Command {

		UP, STATUS, HELP

	}

	/**
	 * Parses the arguments; {@code up} is the default command.
	 * @param args the arguments
	 * @return the command line
	 * @throws IllegalArgumentException with a one-line reason
	 */
	static CommandLine parse(String... args) {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		Command command = Command.UP;
		if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
			command = command(rest.remove(0));
		}
		List<String> services = List.of();
		Duration timeout = null;
		Path root = Path.of("");
		while (!rest.isEmpty()) {
			String option = rest.remove(0);
			switch (option) {
				case "--services" -> services = names(value(option, rest));
				case "--timeout" -> timeout = seconds(value(option, rest));
				case "--root" -> root = Path.of(value(option, rest));
				case "-h", "--help" -> command = Command.HELP;
				default -> throw new IllegalArgumentException("unknown option '" + option + "' (see devstack help)");
			}
		}
		return new CommandLine(command, services, Optional.ofNullable(timeout), root.toAbsolutePath().normalize());
	}

	private static Command command(String word) {
		return switch (word) {
			case "up" -> Command.UP;
			case "status" -> Command.STATUS;
			case "help" -> Command.HELP;
			default -> throw new IllegalArgumentException("unknown command '" + word + "' (see devstack help)");
		};
	}

	private static String value(String option, List<String> rest) {
		if (rest.isEmpty() || rest.get(0).startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return rest.remove(0);
	}

	private static List<String> names(String list) {
		List<String> names = Arrays.stream(list.split(","))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.toList();
		if (names.isEmpty()) {
			throw new IllegalArgumentException("--services needs at least one name");
		}
		return names;
	}

	private static @Nullable Duration seconds(String value) {
		try {
			long seconds = Long.parseLong(value);
			if (seconds > 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--timeout needs a number of seconds, not '" + value + "'");
	}

}
