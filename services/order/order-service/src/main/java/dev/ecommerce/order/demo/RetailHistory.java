package dev.ecommerce.order.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo shoppers' past orders, one delivered order per invoice of theirs in the
 * online-retail data, unless they are there already. They are history, not checkouts:
 * copied straight into the tables in one transaction (PostgreSQL's {@code COPY}), their
 * sagas over, and no event is published for them, so that no other service acts on them.
 */
@Component
class RetailHistory {

	private static final Logger log = LoggerFactory.getLogger(RetailHistory.class);

	/**
	 * The data does not say when the parcels moved: a day to the carrier, two to the
	 * door.
	 */
	private static final Duration TO_CARRIER = Duration.ofHours(20);

	private static final Duration TO_DOOR = Duration.ofDays(2);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final DemoProperties properties;

	RetailHistory(JdbcClient jdbc, DataSource dataSource, DemoProperties properties) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * @return how many orders and lines were loaded; none if the history was there
	 */
	@Transactional
	public Loaded loadIfAbsent() throws IOException, SQLException {
		// instances starting together: one loads, the others then find it loaded
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('order.demo.retail-history'))").query().listOfRows();
		if (this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM orders WHERE number LIKE 'INV-%')")
			.query(Boolean.class)
			.single()) {
			log.info("The demo shoppers' order history is loaded already");
			return new Loaded(0, 0);
		}
		long started = System.nanoTime();
		List<RetailInvoice> invoices = RetailInvoices.read(this.properties);
		CopyRows orders = new CopyRows();
		CopyRows lines = new CopyRows();
		CopyRows history = new CopyRows();
		for (RetailInvoice invoice : invoices) {
			order(orders, invoice);
			lines(lines, invoice);
			history(history, invoice);
		}
		long read = System.nanoTime();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		copy(copy,
				"orders (id, number, user_id, status, currency, subtotal, discount, shipping, tax, total, "
						+ "ship_full_name, ship_line1, ship_city, ship_postal_code, ship_country, shipping_rate_id, "
						+ "payment_gateway, saga_step, saga_next_at, deadline_at, reservation_state, payment_status, "
						+ "delivered_at, version, created_at, updated_at)",
				orders);
		long copied = copy(copy, "order_line (order_id, position, sku, product_id, seller_id, name, quantity, "
				+ "unit_price, line_total)", lines);
		copy(copy, "order_status_change (order_id, status, reason, at)", history);
		log.info("Loaded the demo shoppers' order history: {} orders with {} lines in {} ms (read {} ms, copied {} ms)",
				invoices.size(), copied, (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000,
				(System.nanoTime() - read) / 1_000_000);
		return new Loaded(invoices.size(), copied);
	}

	private static void order(CopyRows rows, RetailInvoice invoice) {
		RetailShopper shopper = invoice.shopper();
		Instant placed = invoice.placedAt();
		rows.add(invoice.orderId(), invoice.orderNumber(), shopper.userId(), "DELIVERED", "GBP", invoice.subtotal(), 0,
				invoice.shipping(), 0, invoice.total(), shopper.fullName(), shopper.line1(), shopper.city(),
				shopper.postalCode(), shopper.country(), "retail-history", "retail-history", "DONE", placed,
				placed.plus(Duration.ofMinutes(15)), "COMMITTED", "SUCCEEDED", placed.plus(TO_DOOR), 3, placed,
				placed.plus(TO_DOOR));
	}

	private static void lines(CopyRows rows, RetailInvoice invoice) {
		int position = 0;
		for (RetailInvoice.Line line : invoice.lines()) {
			rows.add(invoice.orderId(), position++, line.sku(), line.productId(), DemoOrders.SELLER, line.name(),
					line.quantity(), line.unitPrice(), line.total());
		}
	}

	/** The status history of an order placed through the checkout and delivered. */
	private static void history(CopyRows rows, RetailInvoice invoice) {
		Instant placed = invoice.placedAt();
		rows.add(invoice.orderId(), "PENDING", null, placed);
		rows.add(invoice.orderId(), "CONFIRMED", "paid", placed.plusSeconds(2));
		rows.add(invoice.orderId(), "SHIPPED", "picked up by the carrier", placed.plus(TO_CARRIER));
		rows.add(invoice.orderId(), "DELIVERED", "delivered", placed.plus(TO_DOOR));
	}

	private static long copy(CopyManager copy, String table, CopyRows rows) throws SQLException, IOException {
		return copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.text()));
	}

	/**
	 * What a load did.
	 *
	 * @param orders orders loaded
	 * @param lines their lines
	 */
	record Loaded(int orders, long lines) {

	}

}
