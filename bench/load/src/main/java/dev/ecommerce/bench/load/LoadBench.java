package dev.ecommerce.bench.load;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.ecommerce.bench.support.Results;

/**
 * Runs a shop's traffic mix against the running stack (started by {@code ./shop up -d})
 * at rising fixed rates until it no longer keeps up, and appends the tables to
 * {@code bench/RESULTS.md}: <pre>
 * java -jar bench/load/target/load-bench-0.1.0-SNAPSHOT.jar [--rates 10,20,40,60,80,100,120,160,200]
 *     [--warmup 20] [--seconds 60] [--jit-warmup 60] ...
 * </pre> See the module's README for every option.
 */
public final class LoadBench {

	private static final PrintStream out = System.out;

	private LoadBench() {
	}

	public static void main(String[] arguments) throws Exception {
		Map<String, String> options = Results.options(arguments);
		URI gateway = URI.create(options.getOrDefault("gateway", "http://localhost:8080"));
		Path root = Path.of(options.getOrDefault("root", "."));
		double[] rates = Arrays.stream(options.getOrDefault("rates", "10,20,40,60,80,100,120,160,200").split(","))
			.mapToDouble(Double::parseDouble)
			.toArray();
		Duration warmup = seconds(options, "warmup", 20);
		Duration measured = seconds(options, "seconds", 60);
		Duration jitWarmup = seconds(options, "jit-warmup", 60);
		Duration timeout = seconds(options, "timeout", 10);
		double p99Bound = Double.parseDouble(options.getOrDefault("p99-bound", "1000"));
		double maxErrors = Double.parseDouble(options.getOrDefault("max-errors", "0.5"));
		double minAchieved = Double.parseDouble(options.getOrDefault("min-achieved", "0.95"));
		int beyond = Integer.parseInt(options.getOrDefault("beyond", "1"));
		String results = options.getOrDefault("results", "bench/RESULTS.md");

		String started = Results.loadAverage();
		Instant startedAt = Instant.now();
		out.println("load average at the start: " + started);
		Shop shop = new Shop(gateway, timeout);
		Random random = new Random(42);
		String admin = shop.login("admin@demo.shop", "demo-password-1").bearer();
		Catalog catalog = Catalog.read(shop, admin, Integer.parseInt(options.getOrDefault("skus", "60")),
				Integer.parseInt(options.getOrDefault("units", "1000000")), random, out);
		// the first customer's token is as old as the sign-ins' start; refreshed before
		// it is 8 minutes old, it
		// outlives the step that follows (access tokens last 15 minutes)
		AtomicLong signedInAt = new AtomicLong(System.nanoTime());
		Shoppers shoppers = Shoppers.make(shop, Integer.parseInt(options.getOrDefault("customers", "200")),
				Integer.parseInt(options.getOrDefault("guests", "400")), out);
		Processes processes = Processes.of(root);
		Map<String, Long> ordersBefore = orders(shop, admin);

		List<Step> steps = new ArrayList<>();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(processes::sampleMemory, 0, 1, TimeUnit.SECONDS);
		try (FixedRate load = new FixedRate(new Pages(shop, catalog, shoppers),
				Integer.parseInt(options.getOrDefault("max-in-flight", "2000")), timeout.plusSeconds(5))) {
			out.printf(Locale.ROOT, "JIT warm-up: %s pages/s for %d s%n", Report.rate(rates[0]), jitWarmup.toSeconds());
			load.run(rates[0], jitWarmup, Duration.ZERO, () -> {
			}, () -> {
			});
			int failedSteps = 0;
			for (double rate : rates) {
				if (System.nanoTime() - signedInAt.get() > TimeUnit.MINUTES.toNanos(8)) {
					shoppers.refreshTokens(shop);
					signedInAt.set(System.nanoTime());
				}
				out.printf(Locale.ROOT, "%s pages/s: %d s warm-up, %d s measured (load average %s)%n",
						Report.rate(rate), warmup.toSeconds(), measured.toSeconds(), Results.loadAverage());
				Step step = step(load, processes, rate, warmup, measured);
				steps.add(step);
				out.print(Report.summary(List.of(step), minAchieved, maxErrors, p99Bound));
				out.print(Report.calls(step));
				out.print(Report.firstErrors(step));
				if (load.inFlight() > 0) {
					out.println("  still in flight after the drain: " + load.inFlight());
				}
				if (!step.keptUp(minAchieved, maxErrors, p99Bound) && ++failedSteps >= beyond) {
					break;
				}
			}
		}
		finally {
			sampler.shutdownNow();
		}
		String ended = Results.loadAverage();
		Map<String, Long> ordersAfter = settledOrders(shop, admin);
		String report = report(steps, processes, startedAt, started, ended, ordersBefore, ordersAfter, options,
				minAchieved, maxErrors, p99Bound);
		out.println(report);
		if (!results.equals("none")) {
			Results.append(Path.of(results), report, out);
		}
	}

	private static Step step(FixedRate load, Processes processes, double rate, Duration warmup, Duration measured)
			throws InterruptedException {
		AtomicReference<Map<String, Long>> before = new AtomicReference<>();
		AtomicReference<Map<String, Long>> after = new AtomicReference<>();
		AtomicLong from = new AtomicLong();
		AtomicLong to = new AtomicLong();
		AtomicReference<Map<String, Long>> peaks = new AtomicReference<>();
		Window window = load.run(rate, warmup, measured, () -> {
			from.set(System.nanoTime());
			before.set(processes.cpuTicks());
			processes.resetPeaks();
		}, () -> {
			to.set(System.nanoTime());
			after.set(processes.cpuTicks());
			peaks.set(processes.peakMb());
		});
		double seconds = (to.get() - from.get()) / 1e9;
		Map<String, Double> cores = new LinkedHashMap<>();
		before.get().forEach((part, ticks) -> cores.put(part, Processes.cores(ticks, after.get().get(part), seconds)));
		return new Step(rate, measured.toNanos() / 1e9, window, cores, peaks.get());
	}

	private static final List<String> ORDER_STATUSES = List.of("PENDING", "CONFIRMED", "REJECTED", "PAYMENT_FAILED",
			"CANCELLED");

	private static Map<String, Long> orders(Shop shop, String admin) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String status : ORDER_STATUSES) {
			counts.put(status,
					shop.get("/orders?size=1&status=" + status, "Authorization", admin).path("totalItems").asLong());
		}
		return counts;
	}

	/** The orders by status once none is pending any more, or after two minutes. */
	private static Map<String, Long> settledOrders(Shop shop, String admin) throws InterruptedException {
		String bearer = admin;
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		Map<String, Long> counts = orders(shop, bearer);
		while (counts.get("PENDING") > 0 && System.nanoTime() < until) {
			Thread.sleep(2000);
			counts = orders(shop, bearer);
		}
		return counts;
	}

	private static String report(List<Step> steps, Processes processes, Instant startedAt, String started, String ended,
			Map<String, Long> ordersBefore, Map<String, Long> ordersAfter, Map<String, String> options,
			double minAchieved, double maxErrors, double p99Bound) throws Exception {
		StringBuilder report = new StringBuilder();
		report.append("\n## Load: a shop's traffic mix through the gateway — ")
			.append(LocalDate.now(ZoneOffset.UTC))
			.append("\n\n");
		report.append("- Machine: ").append(Results.machine()).append("; JDK ").append(Results.jdk()).append('\n');
		report.append("- Run: ")
			.append(startedAt)
			.append(", options ")
			.append(options.isEmpty() ? "(defaults)" : options)
			.append("; load average (1, 5, 15 min) at the start ")
			.append(started)
			.append(", at the end ")
			.append(ended)
			.append('\n');
		report.append(String.format(Locale.ROOT,
				"- Kept up: achieved ≥ %.0f %% of offered, errors ≤ %s %% of calls, every endpoint's p99 ≤ %s ms%n%n",
				minAchieved * 100, Report.rate(maxErrors), Report.rate(p99Bound)));
		report.append(Report.summary(steps, minAchieved, maxErrors, p99Bound)).append('\n');
		Step knee = null;
		for (Step step : steps) {
			if (step.keptUp(minAchieved, maxErrors, p99Bound)) {
				knee = step;
			}
		}
		report.append("**Knee: ")
			.append((knee == null) ? "below the lowest rate" : Report.rate(knee.rate()) + " pages/s")
			.append("**\n\n");
		for (Step step : steps) {
			report.append("At ")
				.append(Report.rate(step.rate()))
				.append(" pages/s:\n\n")
				.append(Report.calls(step))
				.append('\n');
		}
		report.append("CPU (cores, average over the measured window) and peak memory (MB) per part:\n\n")
			.append(Report.resources(steps, processes.names()))
			.append('\n');
		StringBuilder orders = new StringBuilder();
		ordersAfter.forEach((status, count) -> orders.append(orders.isEmpty() ? "" : ", ")
			.append(status)
			.append(' ')
			.append(count - ordersBefore.getOrDefault(status, 0L)));
		report.append("Orders placed by the run (warm-ups included), by status once settled: ")
			.append(orders)
			.append('\n');
		return report.toString();
	}

	private static Duration seconds(Map<String, String> options, String name, long fallback) {
		return Duration.ofSeconds(Long.parseLong(options.getOrDefault(name, Long.toString(fallback))));
	}

}
