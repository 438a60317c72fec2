package dev.ecommerce.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * One call's answers in a measured window: the latency of the successful ones, and the
 * failures by kind — an answer other than 2xx (by status), no answer within the timeout,
 * and any other failure (connection refused or reset).
 */
final class CallStats {

	private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

	private final Histogram latency = new ConcurrentHistogram(MAX_MICROS, 3);

	private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

	private final LongAdder timeouts = new LongAdder();

	private final LongAdder failures = new LongAdder();

	private final AtomicReference<String> firstError = new AtomicReference<>();

	void succeeded(long nanos) {
		this.latency.recordValue(Math.min(MAX_MICROS, Math.max(1, nanos / 1000)));
	}

	void answered(int status, String body) {
		this.statuses.computeIfAbsent(status, (key) -> new LongAdder()).increment();
		this.firstError.compareAndSet(null, status + " " + body.substring(0, Math.min(300, body.length())));
	}

	void timedOut() {
		this.timeouts.increment();
	}

	void failed(Exception ex) {
		this.failures.increment();
		this.firstError.compareAndSet(null, ex.toString());
	}

	long successes() {
		return this.latency.getTotalCount();
	}

	long non2xx() {
		return this.statuses.values().stream().mapToLong(LongAdder::sum).sum();
	}

	long timeouts() {
		return this.timeouts.sum();
	}

	long failures() {
		return this.failures.sum();
	}

	long errors() {
		return non2xx() + timeouts() + failures();
	}

	/** The statuses other than 2xx, as {@code 409×3, 500×1}. */
	String statuses() {
		StringBuilder text = new StringBuilder();
		new TreeMap<>(this.statuses).forEach((status,
				count) -> text.append(text.isEmpty() ? "" : ", ").append(status).append('×').append(count.sum()));
		return text.toString();
	}

	String firstError() {
		return this.firstError.get();
	}

	/** The latency in milliseconds at a percentile (0–100). */
	double millis(double percentile) {
		return (this.latency.getTotalCount() == 0) ? Double.NaN
				: this.latency.getValueAtPercentile(percentile) / 1000.0;
	}

	double maxMillis() {
		return (this.latency.getTotalCount() == 0) ? Double.NaN : this.latency.getMaxValue() / 1000.0;
	}

}
