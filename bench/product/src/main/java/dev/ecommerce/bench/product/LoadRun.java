package dev.ecommerce.bench.product;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A number of clients sending requests one after another as fast as answers come, for a
 * warm-up and then a measured time; latency is from sending to the whole body received.
 */
final class LoadRun {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int clients;

	private final Duration warmup;

	private final Duration measured;

	LoadRun(int clients, Duration warmup, Duration measured) {
		this.clients = clients;
		this.warmup = warmup;
		this.measured = measured;
	}

	/**
	 * Runs one scenario.
	 * @param scenario its name in the results
	 * @param next the next request's URI, given a random source
	 * @return what was measured
	 */
	Result run(String scenario, Function<ThreadLocalRandom, URI> next) throws InterruptedException {
		long start = System.nanoTime();
		long measureFrom = start + this.warmup.toNanos();
		long end = measureFrom + this.measured.toNanos();
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.clients; i++) {
			long[] own = new long[500_000];
			latencies.add(own);
			Thread thread = new Thread(() -> client(next, measureFrom, end, own, errors), scenario + "-" + i);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long[] all = latencies.stream()
			.flatMapToLong((own) -> Arrays.stream(own).filter((nanos) -> nanos > 0))
			.sorted()
			.toArray();
		double seconds = this.measured.toNanos() / 1e9;
		return new Result(scenario, this.clients, all.length, errors.get(), all.length / seconds, percentile(all, 0.50),
				percentile(all, 0.99));
	}

	private void client(Function<ThreadLocalRandom, URI> next, long measureFrom, long end, long[] latencies,
			AtomicLong errors) {
		int count = 0;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			long sent = System.nanoTime();
			if (sent >= end) {
				return;
			}
			int status;
			try {
				status = this.http
					.send(HttpRequest.newBuilder(next.apply(random)).GET().build(),
							HttpResponse.BodyHandlers.ofByteArray())
					.statusCode();
			}
			catch (IOException ex) {
				status = -1;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			long received = System.nanoTime();
			if (sent >= measureFrom && received <= end) {
				if (status != 200) {
					errors.incrementAndGet();
				}
				else if (count < latencies.length) {
					latencies[count++] = received - sent;
				}
			}
		}
	}

	private static double percentile(long[] sorted, double fraction) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(fraction * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	/**
	 * What one scenario measured.
	 *
	 * @param scenario its name
	 * @param clients the concurrent clients
	 * @param requests the successful requests in the measured time
	 * @param errors the requests that failed or answered other than 200
	 * @param throughput successful requests per second
	 * @param p50 the median latency in milliseconds
	 * @param p99 the 99th percentile latency in milliseconds
	 */
	record Result(String scenario, int clients, long requests, long errors, double throughput, double p50, double p99) {

	}

}
