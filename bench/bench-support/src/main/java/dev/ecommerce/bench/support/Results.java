package dev.ecommerce.bench.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the benchmarks share around their tables: their options, the machine they ran on,
 * the printing of a scenario's line and the results file they append to.
 */
public final class Results {

	private Results() {
	}

	/** Options given as {@code --name value}. */
	public static Map<String, String> options(String[] arguments) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < arguments.length; i += 2) {
			if (!arguments[i].startsWith("--")) {
				throw new IllegalArgumentException("Options are --name value, not " + arguments[i]);
			}
			options.put(arguments[i].substring(2), arguments[i + 1]);
		}
		return options;
	}

	/** Cores, CPU model, memory and operating system. */
	public static String machine() throws IOException {
		String model = "unknown CPU";
		Path cpuinfo = Path.of("/proc/cpuinfo");
		if (Files.isReadable(cpuinfo)) {
			model = Files.readAllLines(cpuinfo)
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(model);
		}
		String total = "";
		Path meminfo = Path.of("/proc/meminfo");
		if (Files.isReadable(meminfo)) {
			total = Files.readAllLines(meminfo)
				.stream()
				.filter((line) -> line.startsWith("MemTotal"))
				.map((line) -> ", " + Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB RAM")
				.findFirst()
				.orElse("");
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + model + ")" + total + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

	/** The load averages over 1, 5 and 15 minutes, as {@code uptime} shows them. */
	public static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		if (!Files.isReadable(loadavg)) {
			return "unknown";
		}
		List<String> fields = List.of(Files.readString(loadavg).strip().split("\\s+"));
		return String.join(", ", fields.subList(0, 3));
	}

	/** The JVM that runs the bench (and the services it starts). */
	public static String jdk() {
		return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
	}

	/** Prints what a scenario measured, as it ends. */
	public static void print(PrintStream out, LoadRun.Result result) {
		out.printf(Locale.ROOT, "  %d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors%n", result.requests(),
				result.throughput(), result.p50(), result.p99(), result.errors());
		if (result.firstError() != null) {
			out.println("  first error: " + result.firstError());
		}
	}

	/** Appends a report to the results file, which is created if need be. */
	public static void append(Path results, String report, PrintStream out) throws IOException {
		if (!Files.exists(results)) {
			Files.writeString(results, "# Benchmark results\n\nEach run appends its table; see the bench's README "
					+ "for how to run it.\n");
		}
		Files.writeString(results, report, StandardOpenOption.APPEND);
		out.println("appended to " + results);
	}

	/** The seconds since a {@link System#nanoTime()}, with one decimal. */
	public static String seconds(long startedNanos) {
		return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
	}

}
