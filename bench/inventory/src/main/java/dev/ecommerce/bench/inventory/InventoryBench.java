package dev.ecommerce.bench.inventory;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import dev.ecommerce.bench.support.BenchDatabase;
import dev.ecommerce.bench.support.LoadRun;
import dev.ecommerce.bench.support.Results;
import dev.ecommerce.bench.support.ServiceUnderTest;
import dev.ecommerce.platform.test.TestJwks;
import dev.ecommerce.platform.test.TestTokens;

/**
 * Runs the inventory service's reservation benchmark and appends its table to
 * {@code bench/RESULTS.md}: <pre>
 * ./mvnw -q -DskipTests package -pl services/inventory/inventory-service,bench/inventory -am
 * java -jar bench/inventory/target/inventory-bench-0.1.0-SNAPSHOT.jar [--skus 1000] [--clients 8]
 *     [--warmup 10] [--seconds 20] [--jar services/inventory/inventory-service/target/inventory-service-0.1.0-SNAPSHOT.jar]
 * </pre>
 */
public final class InventoryBench {

	/**
	 * The update that holds units of a level: the conditional update of the service's
	 * {@code Reservations.hold} for one level (which also checks that the store is
	 * active, after locking the SKU's item, in the same round trip).
	 */
	static final String HOLD = "UPDATE stock_level SET reserved = reserved + ?, version = version + 1, updated_at = ? "
			+ "WHERE store_id = ? AND sku = ? AND on_hand - reserved >= ?";

	private static final PrintStream out = System.out;

	private static final String HOT_SKU = "BENCH-HOT";

	/**
	 * The floor of any call to the service: a request that reserves nothing, answered
	 * through the same HTTP server, token check, transaction and problem details.
	 */
	private static final String FLOOR = "service: GET /inventory/reservations/{unknown id}, 404 (no reservation: "
			+ "HTTP, token, one SELECT)";

	/** Units of each SKU: no run is long enough to reserve them all. */
	private static final int ON_HAND = 1_000_000_000;

	private InventoryBench() {
	}

	public static void main(String[] arguments) {
		int status = 0;
		try {
			run(arguments);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		// the key set's HTTP server (TestJwks) has a thread that would keep the JVM alive
		System.exit(status);
	}

	private static void run(String[] arguments) throws Exception {
		Map<String, String> options = Results.options(arguments);
		int skuCount = Integer.parseInt(options.getOrDefault("skus", "1000"));
		int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
		Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
		Duration serviceWarmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("service-warmup", "150")));
		Path jar = Path.of(options.getOrDefault("jar",
				"services/inventory/inventory-service/target/inventory-service-0.1.0-SNAPSHOT.jar"));
		Path results = Path.of(options.getOrDefault("results", "bench/RESULTS.md"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalArgumentException("No inventory service jar at " + jar + ": build it first");
		}
		Path log = Files.createTempFile("inventory-service-bench", ".log");
		String loadBefore = Results.loadAverage();
		String service = TestTokens.builder().roles("SERVICE").lifetime(Duration.ofHours(12)).build().bearer();
		String admin = TestTokens.builder().roles("ADMIN").lifetime(Duration.ofHours(12)).build().bearer();
		// the service fetches the key set from this process: warm its server up
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(TestJwks.get().uri())).build(),
					HttpResponse.BodyHandlers.discarding());
		List<String> notes = new ArrayList<>();
		try (BenchDatabase database = BenchDatabase.start("inventory",
				Map.of("shared_preload_libraries", "pg_stat_statements"))) {
			long started = System.nanoTime();
			ServiceUnderTest inventory = ServiceUnderTest.start("inventory", jar, database.jdbcUrl(), log,
					List.of("-Xms512m", "-Xmx512m"), Map.of("ECOMMERCE_SECURITY_JWT_JWKS_URI", TestJwks.get().uri()));
			try (inventory; Connection connection = database.connect()) {
				notes.add("service start (migrations, no demo data): " + Results.seconds(started) + " s");
				out.println("inventory service up (log: " + log + "); " + notes.get(0));
				started = System.nanoTime();
				BenchStock stock = new BenchStock(inventory::uri, admin);
				stock.awaitTokenAccepted();
				UUID storeId = stock.createWarehouse("BENCH-WH");
				stock.stock(storeId, HOT_SKU, ON_HAND);
				List<String> skus = new ArrayList<>();
				for (int i = 0; i < skuCount; i++) {
					skus.add(String.format(Locale.ROOT, "BENCH-%04d", i));
				}
				seed(connection, storeId, skus);
				try (Statement statement = connection.createStatement()) {
					statement.execute("VACUUM ANALYZE");
					// after the service's migrations: Flyway wants an empty schema the
					// first
					// time
					statement.execute("CREATE EXTENSION pg_stat_statements");
				}
				notes.add(String.format(Locale.ROOT,
						"a warehouse and the hot SKU's stock through the API, the %,d other SKUs' stock (item, level, "
								+ "movement, as the API writes them) in SQL: %s s",
						skuCount, Results.seconds(started)));
				out.println(notes.get(1));
				LoadRun load = new LoadRun(clients, warmup, measured);
				Profiler profiler = new Profiler(database, inventory.pid());
				Function<ThreadLocalRandom, String> hot = (random) -> HOT_SKU;
				Function<ThreadLocalRandom, String> spread = (random) -> skus.get(random.nextInt(skus.size()));
				String many = String.format(Locale.ROOT, "%,d SKUs", skuCount);
				if (serviceWarmup.toSeconds() > 0) {
					started = System.nanoTime();
					out.println("warming the service up (JIT): " + serviceWarmup.toSeconds() + " s of reservations");
					new LoadRun(clients, serviceWarmup, Duration.ZERO).run("JIT warm-up",
							reserve(load, inventory, service, spread));
					notes.add("the service warmed up (JIT) by " + serviceWarmup.toSeconds()
							+ " s of reservations over the " + many + " before the first scenario");
				}
				List<Row> table = new ArrayList<>();
				table.add(run(load, profiler, "service: POST /inventory/reservations, one hot SKU",
						reserve(load, inventory, service, hot)));
				table.add(run(load, profiler, "raw SQL: the conditional UPDATE over JDBC, one hot SKU",
						rawSql(database, storeId, hot)));
				table.add(run(load, profiler, "service: POST /inventory/reservations, " + many,
						reserve(load, inventory, service, spread)));
				table.add(run(load, profiler, "raw SQL: the conditional UPDATE over JDBC, " + many,
						rawSql(database, storeId, spread)));
				table.add(run(load, profiler, FLOOR,
						(LoadRun.Clients) load.http((random) -> HttpRequest
							.newBuilder(inventory.uri("/inventory/reservations/" + new UUID(random.nextLong(), 0)))
							.header("Authorization", service)
							.build(), 404)));
				notes.add(check(connection));
				String report = report(skuCount, load, table, notes, loadBefore);
				out.println(report);
				Results.append(results, report, out);
			}
		}
	}

	/**
	 * Stocks many SKUs at once with the rows that {@code PUT /stores/{id}/stock/{sku}}
	 * writes for a new level: the SKU's item, its level, a correction in the ledger.
	 */
	private static void seed(Connection connection, UUID storeId, List<String> skus) throws Exception {
		java.sql.Array array = connection.createArrayOf("text", skus.toArray());
		try (PreparedStatement items = connection
			.prepareStatement("INSERT INTO stock_item (sku) SELECT unnest(?::text[]) ORDER BY 1");
				PreparedStatement levels = connection.prepareStatement(
						"""
								INSERT INTO stock_level (store_id, sku, on_hand, reserved, low_stock_threshold, version, updated_at)
								SELECT ?, sku, ?, 0, 0, 1, now() FROM unnest(?::text[]) AS sku""");
				PreparedStatement movements = connection.prepareStatement("""
						INSERT INTO stock_movement (id, store_id, sku, kind, quantity, on_hand_after, actor, note, at)
						SELECT gen_random_uuid(), ?, sku, 'CORRECTION', ?, ?, 'bench', 'bench', now()
						FROM unnest(?::text[]) AS sku""")) {
			items.setArray(1, array);
			items.executeUpdate();
			levels.setObject(1, storeId);
			levels.setInt(2, ON_HAND);
			levels.setArray(3, array);
			levels.executeUpdate();
			movements.setObject(1, storeId);
			movements.setInt(2, ON_HAND);
			movements.setInt(3, ON_HAND);
			movements.setArray(4, array);
			movements.executeUpdate();
		}
	}

	/**
	 * Clients that reserve 1 unit of a SKU for a new order each time, as the checkout
	 * does, answered {@code 201}.
	 */
	private static LoadRun.Clients reserve(LoadRun load, ServiceUnderTest inventory, String bearer,
			Function<ThreadLocalRandom, String> sku) {
		return load.http((random) -> HttpRequest.newBuilder(inventory.uri("/inventory/reservations"))
			.POST(HttpRequest.BodyPublishers.ofString("{\"orderId\": \"" + UUID.randomUUID()
					+ "\", \"lines\": [{\"sku\": \"" + sku.apply(random) + "\", \"quantity\": 1}]}"))
			.header("Content-Type", "application/json")
			.header("Authorization", bearer)
			.build(), 201);
	}

	/**
	 * Clients that each hold a connection of their own and run the service's conditional
	 * update of 1 unit in a transaction of its own (auto-commit), which must update the
	 * level.
	 */
	private static LoadRun.Clients rawSql(BenchDatabase database, UUID storeId,
			Function<ThreadLocalRandom, String> sku) {
		return () -> {
			Connection connection = database.connect();
			connection.setAutoCommit(true);
			PreparedStatement hold = connection.prepareStatement(HOLD);
			return new LoadRun.Client() {

				@Override
				public void call(ThreadLocalRandom random) throws Exception {
					hold.setInt(1, 1);
					hold.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
					hold.setObject(3, storeId);
					hold.setString(4, sku.apply(random));
					hold.setInt(5, 1);
					if (hold.executeUpdate() != 1) {
						throw new IllegalStateException("The conditional update changed no level");
					}
				}

				@Override
				public void close() throws Exception {
					hold.close();
					connection.close();
				}

			};
		};
	}

	private static Row run(LoadRun load, Profiler profiler, String scenario, LoadRun.Clients clients) throws Exception {
		out.println("running: " + scenario);
		CompletableFuture<Profiler.Profile> watched = profiler.watch(load.warmup(), load.measured());
		LoadRun.Result result = load.run(scenario, clients);
		Profiler.Profile profile = watched.join();
		Results.print(out, result);
		out.printf(Locale.ROOT,
				"  CPU s: service %.1f, PostgreSQL %.1f, load %.1f; machine busy %.0f %%; "
						+ "%.2f sessions waiting for a lock; %d statements, %.0f ms executing%n",
				profile.serviceCpu(), profile.postgresCpu(), profile.loadCpu(), profile.machineBusy() * 100,
				profile.lockWaiters(), profile.statements(), profile.execMillis());
		profile.top().forEach((line) -> out.println("    " + line));
		return new Row(result, profile);
	}

	/** Every reservation holds what it says, and every level's reserved units add up. */
	private static String check(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement();
				var rows = statement.executeQuery("""
						SELECT (SELECT count(*) FROM reservation),
						       (SELECT count(*) FROM reservation_allocation),
						       (SELECT count(*) FROM stock_level WHERE reserved > on_hand OR on_hand <> %d)"""
					.formatted(ON_HAND))) {
			rows.next();
			String check = String.format(Locale.ROOT,
					"after the run: %,d reservations (warm-up included) with %,d allocations; levels over-reserved "
							+ "or with on hand changed: %d",
					rows.getLong(1), rows.getLong(2), rows.getLong(3));
			out.println(check);
			return check;
		}
	}

	private static String report(int skuCount, LoadRun load, List<Row> table, List<String> notes, String loadBefore)
			throws Exception {
		StringBuilder report = new StringBuilder();
		report.append("\n## Inventory service: reservations — ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
		report.append("- Machine: ").append(Results.machine()).append('\n');
		report.append("- JDK: ")
			.append(Results.jdk())
			.append("; service heap 512 MB; embedded PostgreSQL 17 (fsync and synchronous_commit off, ")
			.append("pg_stat_statements loaded) on the same machine\n");
		report.append("- Load average (1, 5, 15 min) at the start: ")
			.append(loadBefore)
			.append("; at the end: ")
			.append(Results.loadAverage())
			.append(" (the bench's own clients, PostgreSQL and service count in it, as would anything else ")
			.append("running); each service scenario ran right before its raw SQL baseline\n");
		report.append(String.format(Locale.ROOT,
				"- One warehouse; the hot SKU and %,d others with %,d units on hand each (never short); each "
						+ "reservation a new order id, 1 unit, default TTL (none expires during the run)%n",
				skuCount, ON_HAND));
		report.append("- ")
			.append(load.clients())
			.append(" concurrent clients, each sending its next request when the last is answered; ")
			.append(load.warmup().toSeconds())
			.append(" s warm-up, ")
			.append(load.measured().toSeconds())
			.append(" s measured per scenario\n");
		notes.forEach((note) -> report.append("- ").append(note).append('\n'));
		report.append(
				"\n| scenario | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) | service / raw SQL |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (int i = 0; i < table.size(); i++) {
			LoadRun.Result result = table.get(i).result();
			// each service scenario against the raw SQL after it; the floor against the
			// hot
			// SKU's raw SQL
			int baseline = (i < 4) ? i + 1 : 1;
			String ratio = (i % 2 == 0) ? String.format(Locale.ROOT, "%.1f %%",
					100 * result.throughput() / table.get(baseline).result().throughput()) : "";
			report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %s |%n", result.scenario(),
					result.requests(), result.errors(), result.throughput(), result.p50(), result.p99(), ratio));
		}
		report.append("\nWhere the time went in each measured window (CPU per successful request; statements and ")
			.append("their execution time from pg_stat_statements; lock waits sampled every 100 ms):\n\n");
		report.append("| scenario | SQL statements / request | PostgreSQL execution (ms / request) | "
				+ "CPU service JVM (ms / request) | CPU PostgreSQL (ms / request) | CPU load generator (ms / request) | "
				+ "machine busy | sessions waiting for a lock (avg) |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Row row : table) {
			double requests = Math.max(1, row.result().requests());
			Profiler.Profile profile = row.profile();
			report.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f %% | %.1f |%n",
					row.result().scenario(), profile.statements() / requests, profile.execMillis() / requests,
					1000 * profile.serviceCpu() / requests, 1000 * profile.postgresCpu() / requests,
					1000 * profile.loadCpu() / requests, 100 * profile.machineBusy(), profile.lockWaiters()));
		}
		double hot = table.get(0).result().throughput() / table.get(1).result().throughput();
		report.append(String.format(Locale.ROOT,
				"%nFor the hot SKU the service reaches %.1f %% of raw SQL's rate (target ≥ 50 %%: %s).%n", hot * 100,
				(hot >= 0.5) ? "met" : "missed"));
		return report.toString();
	}

	private record Row(LoadRun.Result result, Profiler.Profile profile) {

	}

}
