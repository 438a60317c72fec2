package dev.ecommerce.bench.support;

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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A number of clients, each sending its next request as soon as the last is answered
 * (closed loop), for a warm-up and then a measured time; latency is from sending to the
 * whole answer received.
 */
public final class LoadRun {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int clients;

	private final Duration warmup;

	private final Duration measured;

	public LoadRun(int clients, Duration warmup, Duration measured) {
		this.clients = clients;
		this.warmup = warmup;
		this.measured = measured;
	}

	public int clients() {
		return this.clients;
	}

	public Duration warmup() {
		return this.warmup;
	}

	public Duration measured() {
		return this.measured;
	}

	/**
	 * Runs one scenario of {@code GET} requests that must answer {@code 200}.
	 * @param scenario its name in the results
	 * @param next the next request's URI, given a random source
	 * @return what was measured
	 */
	public Result run(String scenario, Function<ThreadLocalRandom, URI> next) throws Exception {
		return run(scenario, http((random) -> HttpRequest.newBuilder(next.apply(random)).GET().build(), 200));
	}

	/**
	 * Clients that send HTTP requests over this run's client.
	 * @param next the next request, given a random source
	 * @param expectedStatus the status of a successful answer
	 * @return the clients
	 */
	public Clients http(Function<ThreadLocalRandom, HttpRequest> next, int expectedStatus) {
		return () -> (random) -> {
			HttpResponse<byte[]> response = this.http.send(next.apply(random), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != expectedStatus) {
				String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
				throw new IOException("status " + response.statusCode() + " instead of " + expectedStatus + ": "
						+ body.substring(0, Math.min(300, body.length())));
			}
		};
	}

	/**
	 * Runs one scenario.
	 * @param scenario its name in the results
	 * @param clients opens each client (a connection of its own, for instance)
	 * @return what was measured
	 */
	public Result run(String scenario, Clients clients) throws Exception {
		List<Client> opened = new ArrayList<>();
		for (int i = 0; i < this.clients; i++) {
			opened.add(clients.open());
		}
		long start = System.nanoTime();
		long measureFrom = start + this.warmup.toNanos();
		long end = measureFrom + this.measured.toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		try {
			for (int i = 0; i < this.clients; i++) {
				long[] own = new long[500_000];
				latencies.add(own);
				Client client = opened.get(i);
				Thread thread = new Thread(() -> loop(client, measureFrom, end, own, errors, firstError),
						scenario + "-" + i);
				threads.add(thread);
				thread.start();
			}
			for (Thread thread : threads) {
				thread.join();
			}
		}
		finally {
			for (Client client : opened) {
				client.close();
			}
		}
		long[] all = latencies.stream()
			.flatMapToLong((own) -> Arrays.stream(own).filter((nanos) -> nanos > 0))
			.sorted()
			.toArray();
		double seconds = this.measured.toNanos() / 1e9;
		return new Result(scenario, this.clients, all.length, errors.get(), all.length / seconds, percentile(all, 0.50),
				percentile(all, 0.99), firstError.get());
	}

	private static void loop(Client client, long measureFrom, long end, long[] latencies, AtomicLong errors,
			AtomicReference<String> firstError) {
		int count = 0;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			long sent = System.nanoTime();
			if (sent >= end) {
				return;
			}
			boolean ok;
			try {
				client.call(random);
				ok = true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				firstError.compareAndSet(null, ex.toString());
				ok = false;
			}
			long received = System.nanoTime();
			if (sent >= measureFrom && received <= end) {
				if (!ok) {
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

	/** Opens one client of a scenario. */
	@FunctionalInterface
	public interface Clients {

		Client open() throws Exception;

	}

	/** One closed-loop client: its calls are sequential, on one thread. */
	@FunctionalInterface
	public interface Client extends AutoCloseable {

		/**
		 * Sends one request and waits for its answer.
		 * @param random the client's random source
		 * @throws Exception if the request failed or was answered other than expected
		 */
		void call(ThreadLocalRandom random) throws Exception;

		@Override
		default void close() throws Exception {
		}

	}

	/**
	 * What one scenario measured.
	 *
	 * @param scenario its name
	 * @param clients the concurrent clients
	 * @param requests the successful requests in the measured time
	 * @param errors the requests that failed or were answered other than expected
	 * @param throughput successful requests per second
	 * @param p50 the median latency in milliseconds
	 * @param p99 the 99th percentile latency in milliseconds
	 * @param firstError what went wrong first, warm-up included, if anything did
	 */
	public record Result(String scenario, int clients, long requests, long errors, double throughput, double p50,
			double p99, String firstError) {

	}

}
