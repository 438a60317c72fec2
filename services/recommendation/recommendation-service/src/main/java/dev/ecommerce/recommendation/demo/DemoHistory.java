package dev.ecommerce.recommendation.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.ecommerce.recommendation.history.OnlineRetailHistory;
import dev.ecommerce.recommendation.model.Interaction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the online-retail purchases as interactions naming SKUs (the product service's
 * demo catalog uses the stock codes as SKUs), unless they are loaded already. They count
 * once the product events have told which product each SKU is. A customer of the data is
 * the user {@code retail-<CustomerID>}, unless it is one of the demo's retail shoppers:
 * then the purchases are its account's, so that it signs in to recommendations of its
 * own.
 */
@Component
class DemoHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** Rows copied at once. */
	private static final int CHUNK = 20_000;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final DemoProperties properties;

	DemoHistory(JdbcClient jdbc, DataSource dataSource, DemoProperties properties) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * @return the number of interactions loaded; 0 if the history was there
	 */
	long loadIfAbsent() throws IOException, SQLException {
		boolean loaded = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM interaction WHERE user_key LIKE 'retail-%')")
			.query(Boolean.class)
			.single();
		if (loaded) {
			log.info("The demo history is loaded already");
			return 0;
		}
		long started = System.nanoTime();
		String customer = this.properties.customerId().toString();
		Map<String, String> shoppers = shoppers();
		long[] rows = new long[1];
		OnlineRetailHistory.Counts counts;
		try (Connection connection = this.dataSource.getConnection();
				InputStream in = this.properties.history().getInputStream()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder csv = new StringBuilder(CHUNK * 80);
			counts = OnlineRetailHistory.read(in, (purchase) -> {
				row(csv, shoppers.getOrDefault(purchase.user(), purchase.user()), purchase);
				if (purchase.user().equals(this.properties.retailCustomer())) {
					row(csv, customer, purchase);
				}
				if (csv.length() >= CHUNK * 80) {
					rows[0] += copy(copy, csv);
				}
			});
			rows[0] += copy(copy, csv);
		}
		log.info("Loaded {} purchases of the demo history ({} rows left out) in {} ms", rows[0], counts.leftOut(),
				(System.nanoTime() - started) / 1_000_000);
		return rows[0];
	}

	/** The retail shoppers' accounts by their users in the history. */
	private Map<String, String> shoppers() throws IOException {
		Map<String, String> shoppers = new HashMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.properties.shoppers().getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] fields = line.split("\t", -1);
				shoppers.put("retail-" + fields[0], UUID.fromString(fields[1]).toString());
			}
		}
		return shoppers;
	}

	/** Copies a chunk of CSV rows into the interactions, and empties it. */
	private static long copy(CopyManager copy, StringBuilder csv) {
		try {
			long copied = copy.copyIn(
					"COPY interaction (user_key, sku, basket, signal, at) FROM STDIN WITH (FORMAT csv)",
					new StringReader(csv.toString()));
			csv.setLength(0);
			return copied;
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy the demo history into the database", ex);
		}
	}

	private static void row(StringBuilder csv, String user, Interaction purchase) {
		csv.append(user)
			.append(',')
			.append(purchase.item())
			.append(',')
			.append(purchase.basket())
			.append(',')
			.append(purchase.signal().name())
			.append(',')
			.append(DateTimeFormatter.ISO_INSTANT.format(purchase.at()))
			.append('\n');
	}

}
