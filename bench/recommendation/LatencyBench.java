import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load on a running recommendation service: 8 clients, each sending its next
 * request when the last is answered; per scenario a warm-up, then a measured period; prints
 * a Markdown table of throughput, p50 and p99. A single-file program with the JDK only:
 * {@code java bench/recommendation/LatencyBench.java http://localhost:8088 [bearer token for /users/{id}] [user id]}.
 * The products it asks about are the service's own best sellers (its answer to
 * {@code /recommendations/popular?limit=50}), so the service must have trained first.
 */
public class LatencyBench {

	static final int CLIENTS = 8;

	static final Duration WARM_UP = Duration.ofSeconds(10);

	static final Duration MEASURED = Duration.ofSeconds(20);

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = (args.length > 1) ? args[1] : null;
		String user = (args.length > 2) ? args[2] : null;
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String popular = http
			.send(HttpRequest.newBuilder(URI.create(base + "/recommendations/popular?limit=50")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		List<String> products = new ArrayList<>();
		Matcher ids = Pattern.compile("\"productId\":\"([0-9a-f-]{36})\"").matcher(popular);
		while (ids.find()) {
			products.add(ids.group(1));
		}
		if (products.isEmpty()) {
			throw new IllegalStateException("The service recommends nothing yet: " + popular);
		}
		System.out.println("| scenario | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) |");
		System.out.println("|---|---:|---:|---:|---:|---:|");
		run(http, "GET /recommendations/products/{id}/similar", () -> base + "/recommendations/products/"
				+ products.get(ThreadLocalRandom.current().nextInt(products.size())) + "/similar", null);
		run(http, "GET /recommendations/products/{id}/bought-together", () -> base + "/recommendations/products/"
				+ products.get(ThreadLocalRandom.current().nextInt(products.size())) + "/bought-together", null);
		run(http, "GET /recommendations/popular", () -> base + "/recommendations/popular", null);
		if (token != null && user != null) {
			run(http, "GET /recommendations/users/{id} (EASE)", () -> base + "/recommendations/users/" + user, token);
		}
	}

	static void run(HttpClient http, String name, Supplier<String> uri, String token) throws InterruptedException {
		long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
		long ends = warmUpEnds + MEASURED.toNanos();
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			long[] mine = new long[2_000_000];
			latencies.add(mine);
			Thread client = new Thread(() -> {
				int n = 0;
				while (System.nanoTime() < ends) {
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.get()));
					if (token != null) {
						request.header("Authorization", "Bearer " + token);
					}
					long started = System.nanoTime();
					try {
						int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
						if (started > warmUpEnds) {
							if (status != 200) {
								errors.incrementAndGet();
							}
							if (n < mine.length - 1) {
								mine[++n] = System.nanoTime() - started;
							}
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				mine[0] = n;
			});
			clients.add(client);
			client.start();
		}
		for (Thread client : clients) {
			client.join();
		}
		long total = latencies.stream().mapToLong((l) -> l[0]).sum();
		long[] all = new long[(int) total];
		int i = 0;
		for (long[] l : latencies) {
			System.arraycopy(l, 1, all, i, (int) l[0]);
			i += (int) l[0];
		}
		Arrays.sort(all);
		System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f |%n", name, total, errors.get(),
				total / (double) MEASURED.toSeconds(), all[(int) (total * 0.50)] / 1e6, all[(int) (total * 0.99)] / 1e6);
	}

}
