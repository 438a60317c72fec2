package dev.ecommerce.bench.product;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import dev.ecommerce.bench.support.BenchDatabase;
import dev.ecommerce.bench.support.LoadRun;
import dev.ecommerce.bench.support.Results;
import dev.ecommerce.bench.support.ServiceUnderTest;

/**
 * Runs the product service's benchmark and appends its table to {@code bench/RESULTS.md}:
 * <pre>
 * ./mvnw -q -DskipTests package -pl services/product/product-service,bench/product -am
 * java -jar bench/product/target/product-bench-0.1.0-SNAPSHOT.jar [--products 100000] [--clients 8]
 *     [--warmup 15] [--seconds 30] [--jar services/product/product-service/target/product-service-0.1.0-SNAPSHOT.jar]
 * </pre>
 */
public final class ProductBench {

	private static final PrintStream out = System.out;

	private static final String[] COLOURS = { "red", "pink", "blue", "green", "white", "black", "ivory", "gold" };

	private static final long[] MAX_PRICES = { 500, 1000, 2000, 5000 };

	private ProductBench() {
	}

	public static void main(String[] arguments) throws Exception {
		Map<String, String> options = Results.options(arguments);
		int products = Integer.parseInt(options.getOrDefault("products", "100000"));
		int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "15")));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
		Path jar = Path.of(options.getOrDefault("jar",
				"services/product/product-service/target/product-service-0.1.0-SNAPSHOT.jar"));
		Path results = Path.of(options.getOrDefault("results", "bench/RESULTS.md"));
		Path log = Files.createTempFile("product-service-bench", ".log");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalArgumentException("No product service jar at " + jar + ": build it first");
		}
		List<String> notes = new ArrayList<>();
		try (BenchDatabase database = BenchDatabase.start("product")) {
			long started = System.nanoTime();
			ServiceUnderTest service = ServiceUnderTest.start("product", jar, database.jdbcUrl(), log,
					List.of("-Xms512m", "-Xmx512m"), Map.of("SPRING_PROFILES_ACTIVE", "demo"));
			try (service; Connection connection = database.connect()) {
				notes.add("service start with the demo import (3,630 products): " + Results.seconds(started) + " s");
				out.println("product service up (log: " + log + "); " + notes.get(0));
				CatalogGenerator generator = new CatalogGenerator(connection, out);
				started = System.nanoTime();
				int added = generator.growTo(products);
				notes.add("generating " + added + " more products with variants and stock, search columns and "
						+ "lexicon: " + Results.seconds(started) + " s");
				out.println(notes.get(1));
				List<UUID> ids = generator.sampleIds(10_000);
				List<String> words = generator.popularWords();
				List<String> brands = generator.brands();
				List<String> categories = generator.topCategorySlugs();
				LoadRun load = new LoadRun(clients, warmup, measured);
				List<LoadRun.Result> table = new ArrayList<>();
				table.add(run(load, "search: text + 1 filter + facets",
						(random) -> service.uri(searchPath(random, words, brands, categories))));
				table.add(run(load, "GET /products/{id}",
						(random) -> service.uri("/products/" + ids.get(random.nextInt(ids.size())))));
				table.add(run(load, "baseline: GET /actuator/health/liveness",
						(random) -> service.uri("/actuator/health/liveness")));
				String report = report(products, clients, warmup, measured, table, notes);
				out.println(report);
				Results.append(results, report, out);
			}
		}
	}

	/**
	 * A query a shopper might send: a popular word, one filter, the default sort and
	 * facets.
	 */
	static String searchPath(ThreadLocalRandom random, List<String> words, List<String> brands,
			List<String> categories) {
		String filter = switch (random.nextInt(5)) {
			case 0 -> "category=" + categories.get(random.nextInt(categories.size()));
			case 1 -> "brand=" + encode(brands.get(random.nextInt(brands.size())));
			case 2 -> "maxPrice=" + MAX_PRICES[random.nextInt(MAX_PRICES.length)];
			case 3 -> "inStock=true";
			default -> "attr.colour=" + COLOURS[random.nextInt(COLOURS.length)];
		};
		return "/products/search?q=" + encode(words.get(random.nextInt(words.size()))) + "&" + filter;
	}

	private static LoadRun.Result run(LoadRun load, String scenario, Function<ThreadLocalRandom, URI> next)
			throws Exception {
		out.println("running: " + scenario);
		LoadRun.Result result = load.run(scenario, next);
		Results.print(out, result);
		return result;
	}

	private static String report(int products, int clients, Duration warmup, Duration measured,
			List<LoadRun.Result> table, List<String> notes) throws IOException {
		StringBuilder report = new StringBuilder();
		report.append("\n## Product service — ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
		report.append("- Machine: ").append(Results.machine()).append('\n');
		report.append("- JDK: ")
			.append(System.getProperty("java.vm.name"))
			.append(' ')
			.append(System.getProperty("java.version"))
			.append("; service heap 512 MB; embedded PostgreSQL 17 on the same machine\n");
		report.append("- Catalog: ")
			.append(products)
			.append(" active products; ")
			.append(clients)
			.append(" concurrent clients, each sending its next request when the last is answered; ")
			.append(warmup.toSeconds())
			.append(" s warm-up, ")
			.append(measured.toSeconds())
			.append(" s measured\n");
		notes.forEach((note) -> report.append("- ").append(note).append('\n'));
		report.append("\n| scenario | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) |\n");
		report.append("|---|---:|---:|---:|---:|---:|\n");
		for (LoadRun.Result result : table) {
			report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f |%n", result.scenario(),
					result.requests(), result.errors(), result.throughput(), result.p50(), result.p99()));
		}
		double ratio = table.get(1).throughput() / table.get(2).throughput();
		report.append(String.format(Locale.ROOT,
				"%n`GET /products/{id}` reaches %.0f %% of the baseline's throughput (target ≥ 35 %%); "
						+ "search p99 is %.1f ms (target ≤ 50 ms).%n",
				ratio * 100, table.get(0).p99()));
		return report.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
