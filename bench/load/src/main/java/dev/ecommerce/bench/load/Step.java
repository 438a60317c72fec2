package dev.ecommerce.bench.load;

import java.util.Map;

/**
 * One fixed rate's measured window and what the stack used during it.
 *
 * @param rate the offered rate, pages per second
 * @param seconds the measured window's length
 * @param window the pages and calls measured
 * @param cpuCores the cores each part used on average, by part
 * @param peakMb the highest memory of each part, by part
 */
record Step(double rate, double seconds, Window window, Map<String, Double> cpuCores, Map<String, Long> peakMb) {

	double sentPerSecond() {
		return this.window.sent.sum() / this.seconds;
	}

	/** Pages that ended with every answer 2xx, per second. */
	double achievedPerSecond() {
		return this.window.completed.sum() / this.seconds;
	}

	/** Calls that failed (any kind) as a share of all calls, in percent. */
	double errorPercent() {
		long calls = 0;
		long errors = 0;
		for (Call call : Call.values()) {
			if (isPage(call)) {
				continue;
			}
			CallStats stats = this.window.stats(call);
			calls += stats.successes() + stats.errors();
			errors += stats.errors();
		}
		errors += this.window.dropped.sum();
		calls += this.window.dropped.sum();
		return (calls == 0) ? 0 : 100.0 * errors / calls;
	}

	/** The highest p99 of the calls (endpoints, not whole pages). */
	double worstP99() {
		double worst = 0;
		for (Call call : Call.values()) {
			double p99 = this.window.stats(call).millis(99);
			if (!isPage(call) && !Double.isNaN(p99)) {
				worst = Math.max(worst, p99);
			}
		}
		return worst;
	}

	/**
	 * Whether the stack kept up: achieved at least {@code minAchieved} of the offered
	 * rate, errors at most {@code maxErrorPercent}, and every endpoint's p99 within the
	 * bound.
	 */
	boolean keptUp(double minAchieved, double maxErrorPercent, double p99BoundMillis) {
		return achievedPerSecond() >= minAchieved * this.rate && errorPercent() <= maxErrorPercent
				&& worstP99() <= p99BoundMillis;
	}

	static boolean isPage(Call call) {
		return call == Call.CHECKOUT || call == Call.HOME;
	}

}
