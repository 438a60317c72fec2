package dev.ecommerce.bench.product;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Grows the demo catalog (the real products of the online-retail data set, imported by
 * the service) to the wanted size with products made from its vocabulary: the first half
 * of one real name joined to the second half of another ("White Hanging" + "Cake Tins"),
 * in the category of the second (the noun decides), the range and colour of the first,
 * priced around the second's price; three sizes for about a third of them. The search
 * columns are kept by the service's own {@code refresh_product_search}, and its trigger
 * keeps the lexicon, exactly as for products written through the API.
 */
final class CatalogGenerator {

	private static final String SEED = """
			CREATE TEMP TABLE seed AS
			SELECT row_number() OVER (ORDER BY p.id)::int AS n, p.id, string_to_array(p.name, ' ') AS words, p.brand,
			       p.category_id, p.attributes, p.price_min
			FROM product p WHERE p.status = 'ACTIVE'""";

	private static final String GENERATE = """
			CREATE TEMP TABLE generated AS
			SELECT g AS seq, gen_random_uuid() AS id,
			       left(array_to_string(a.words[1:greatest(1, cardinality(a.words) / 2)]
			            || b.words[greatest(2, cardinality(b.words) / 2 + 1):], ' '), 200) AS name,
			       coalesce(a.brand, b.brand) AS brand, b.category_id, a.attributes,
			       greatest(10, round(b.price_min * (0.5 + random() * 1.5)))::bigint AS base,
			       random() < 0.3 AS sized
			FROM generate_series(1, ?) AS g
			CROSS JOIN LATERAL (SELECT 1 + floor(random() * ? + 0 * g)::int AS an,
			                           1 + floor(random() * ? + 0 * g)::int AS bn) AS pick
			JOIN seed a ON a.n = pick.an
			JOIN seed b ON b.n = pick.bn""";

	private static final String PRODUCTS = """
			INSERT INTO product (id, seller_id, name, description, brand, category_id, attributes, images, status,
			                     version, created_at, updated_at)
			SELECT id, ('00000000-0000-4000-8000-' || lpad((seq % 50)::text, 12, '0'))::uuid, name,
			       name || ', from the range of a UK gift shop.', brand, category_id, attributes, '[]', 'ACTIVE', 0,
			       now() - seq * interval '1 minute', now() - seq * interval '1 minute'
			FROM generated""";

	private static final String VARIANTS = """
			INSERT INTO product_variant (product_id, position, sku, attributes, price_amount, price_currency, weight_grams)
			SELECT g.id, v.position, 'BENCH-' || g.seq || '-' || v.position,
			       CASE WHEN g.sized THEN jsonb_build_object('size', (ARRAY['S', 'M', 'L'])[v.position + 1])
			            ELSE '{}'::jsonb END,
			       round(g.base * (1 + 0.25 * v.position))::bigint, 'GBP', 100 + 50 * v.position
			FROM generated g, generate_series(0, CASE WHEN g.sized THEN 2 ELSE 0 END) AS v (position)""";

	private static final String STOCK = """
			INSERT INTO stock_level (sku, available, changed_at)
			SELECT sku, CASE WHEN random() < 0.85 THEN 1 + floor(random() * 40)::int ELSE 0 END, now()
			FROM product_variant
			ON CONFLICT (sku) DO NOTHING""";

	private final Connection connection;

	private final PrintStream log;

	CatalogGenerator(Connection connection, PrintStream log) {
		this.connection = connection;
		this.log = log;
	}

	/**
	 * Adds products until the catalog has the given number.
	 * @param total the number of products wanted
	 * @return the number added
	 */
	int growTo(int total) throws SQLException {
		int existing = count("SELECT count(*) FROM product");
		int wanted = Math.max(0, total - existing);
		execute(SEED);
		int seeds = count("SELECT count(*) FROM seed");
		step("names, prices and categories", () -> {
			try (PreparedStatement generate = this.connection.prepareStatement(GENERATE)) {
				generate.setInt(1, wanted);
				generate.setInt(2, seeds);
				generate.setInt(3, seeds);
				generate.execute();
			}
		});
		step("products", () -> execute(PRODUCTS));
		step("variants", () -> execute(VARIANTS));
		step("stock levels", () -> execute(STOCK));
		step("search columns", this::refreshAll);
		step("vacuum and analyze", () -> execute("VACUUM ANALYZE"));
		return wanted;
	}

	/** Product ids to read, at random. */
	List<UUID> sampleIds(int size) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (Statement statement = this.connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT id FROM product WHERE status = 'ACTIVE' ORDER BY random() LIMIT " + size)) {
			while (rows.next()) {
				ids.add(rows.getObject(1, UUID.class));
			}
		}
		return ids;
	}

	/**
	 * The words shoppers would type: the 200 most used words of names, longer than two
	 * letters.
	 */
	List<String> popularWords() throws SQLException {
		return strings("SELECT word FROM search_word WHERE length(word) > 2 AND word !~ '[0-9]' "
				+ "ORDER BY products DESC LIMIT 200");
	}

	List<String> brands() throws SQLException {
		return strings("SELECT DISTINCT brand FROM product WHERE brand IS NOT NULL");
	}

	List<String> topCategorySlugs() throws SQLException {
		return strings("SELECT slug FROM category WHERE parent_id IS NULL");
	}

	private void refreshAll() throws SQLException {
		// in slices, so that one statement does not hold 100,000 row locks and a huge
		// array
		execute("CREATE TEMP TABLE to_refresh AS SELECT id, ntile(20) OVER (ORDER BY id) AS slice FROM product");
		for (int slice = 1; slice <= 20; slice++) {
			try (PreparedStatement refresh = this.connection
				.prepareStatement("SELECT refresh_product_search(array_agg(id)) FROM to_refresh WHERE slice = ?")) {
				refresh.setInt(1, slice);
				refresh.execute();
			}
		}
	}

	private void step(String name, Step step) throws SQLException {
		long started = System.nanoTime();
		step.run();
		this.log.printf(Locale.ROOT, "  %s: %.1f s%n", name, (System.nanoTime() - started) / 1e9);
	}

	private List<String> strings(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private int count(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private interface Step {

		void run() throws SQLException;

	}

}
