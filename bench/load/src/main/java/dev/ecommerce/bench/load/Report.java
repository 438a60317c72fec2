package dev.ecommerce.bench.load;

import java.util.List;
import java.util.Locale;

/** The tables of a run, in Markdown, for {@code bench/RESULTS.md}. */
final class Report {

	private Report() {
	}

	/** One line per rate. */
	static String summary(List<Step> steps, double minAchieved, double maxErrorPercent, double p99Bound) {
		StringBuilder table = new StringBuilder(
				"| offered (pages/s) | HTTP requests/s | sent (pages/s) | achieved (pages/s) | errors (% of calls) | dropped | worst endpoint p99 (ms) | machine CPU (cores) | kept up |\n"
						+ "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (Step step : steps) {
			table.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.2f | %d | %.0f | %.2f | %s |%n",
					rate(step.rate()), httpPerSecond(step), step.sentPerSecond(), step.achievedPerSecond(),
					step.errorPercent(), step.window().dropped.sum(), step.worstP99(),
					step.cpuCores().getOrDefault(Processes.MACHINE, 0.0),
					step.keptUp(minAchieved, maxErrorPercent, p99Bound) ? "yes" : "**no**"));
		}
		return table.toString();
	}

	/** Each endpoint's answers at one rate. */
	static String calls(Step step) {
		StringBuilder table = new StringBuilder(
				"| call | ok | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | non-2xx | timeouts | other failures |\n"
						+ "|---|---:|---:|---:|---:|---:|---|---:|---:|\n");
		for (Call call : Call.values()) {
			CallStats stats = step.window().stats(call);
			if (stats.successes() + stats.errors() == 0) {
				continue;
			}
			String name = Step.isPage(call) ? "_" + call.label() + "_" : call.label();
			table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s | %d | %d |%n", name,
					stats.successes(), stats.millis(50), stats.millis(95), stats.millis(99), stats.maxMillis(),
					stats.non2xx() == 0 ? "0" : stats.statuses(), stats.timeouts(), stats.failures()));
		}
		return table.toString();
	}

	/** The first error of each call that had one, for the console. */
	static String firstErrors(Step step) {
		StringBuilder text = new StringBuilder();
		for (Call call : Call.values()) {
			String error = step.window().stats(call).firstError();
			if (error != null) {
				text.append("  first error of ").append(call.label()).append(": ").append(error).append('\n');
			}
		}
		return text.toString();
	}

	/** CPU (cores) and peak memory (MB) of each part, one column per rate. */
	static String resources(List<Step> steps, List<String> parts) {
		StringBuilder table = new StringBuilder("| part |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Step step : steps) {
			table.append(" CPU at ").append(rate(step.rate())).append("/s |");
			rule.append("---:|");
		}
		for (Step step : steps) {
			table.append(" MB at ").append(rate(step.rate())).append("/s |");
			rule.append("---:|");
		}
		table.append('\n').append(rule).append('\n');
		for (String part : parts) {
			table.append("| ").append(part).append(" |");
			for (Step step : steps) {
				table.append(String.format(Locale.ROOT, " %.2f |", step.cpuCores().getOrDefault(part, 0.0)));
			}
			for (Step step : steps) {
				table.append(' ').append(step.peakMb().getOrDefault(part, 0L)).append(" |");
			}
			table.append('\n');
		}
		table.append("| stack: the parts above but the load generator (MB: sum of their peaks) |");
		for (Step step : steps) {
			double cores = parts.stream()
				.filter((part) -> !part.equals(Processes.GENERATOR))
				.mapToDouble((part) -> step.cpuCores().getOrDefault(part, 0.0))
				.sum();
			table.append(String.format(Locale.ROOT, " %.2f |", cores));
		}
		for (Step step : steps) {
			long mb = parts.stream()
				.filter((part) -> !part.equals(Processes.GENERATOR))
				.mapToLong((part) -> step.peakMb().getOrDefault(part, 0L))
				.sum();
			table.append(' ').append(mb).append(" |");
		}
		table.append("\n| ").append(Processes.MACHINE).append(" |");
		for (Step step : steps) {
			table.append(String.format(Locale.ROOT, " %.2f |", step.cpuCores().getOrDefault(Processes.MACHINE, 0.0)));
		}
		for (Step step : steps) {
			table.append(" |");
		}
		return table.append('\n').toString();
	}

	/**
	 * HTTP requests per second sent in the window: 19 for every 17 pages, as checkout and
	 * the home page send two each, and a few more for guests' new carts.
	 */
	static double httpPerSecond(Step step) {
		long calls = 0;
		for (Call call : Call.values()) {
			if (!Step.isPage(call)) {
				calls += step.window().stats(call).successes() + step.window().stats(call).errors();
			}
		}
		return calls / step.seconds();
	}

	static String rate(double rate) {
		return (rate == Math.rint(rate)) ? Long.toString((long) rate) : String.format(Locale.ROOT, "%.1f", rate);
	}

}
