package dev.ecommerce.recommendation.signal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.ecommerce.recommendation.model.Interaction;
import dev.ecommerce.recommendation.model.Signal;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * The interactions table: what shoppers did, kept for training and for each shopper's
 * history at serving time. A row that names only a SKU (the demo history) counts once the
 * catalog knows the SKU's product.
 */
@Component
public class Interactions {

	private static final String RESOLVED = """
			SELECT i.user_key, coalesce(i.product_id, s.product_id) AS product, i.basket, i.signal, i.at
			FROM interaction i LEFT JOIN catalog_sku s ON i.product_id IS NULL AND s.sku = i.sku
			WHERE coalesce(i.product_id, s.product_id) IS NOT NULL""";

	/**
	 * Rows fetched at once while streaming: PostgreSQL reads a cursor only in a
	 * transaction.
	 */
	private static final int FETCH_SIZE = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate transactions;

	Interactions(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
	}

	void record(String shopper, UUID productId, @Nullable String sku, @Nullable String basket, Signal signal,
			Instant at) {
		this.jdbc.sql("""
				INSERT INTO interaction (user_key, product_id, sku, basket, signal, at) VALUES (?, ?, ?, ?, ?, ?)""")
			.params(shopper, productId, sku, basket, signal.name(), at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Erases everything a user did. */
	void forget(UUID userId) {
		this.jdbc.sql("DELETE FROM interaction WHERE user_key = ?").param(Shopper.user(userId)).update();
	}

	/**
	 * Hands every interaction whose product is known to a consumer, streamed from a
	 * cursor so that the history is never held whole.
	 * @return how many
	 */
	public int forEach(Consumer<Interaction> into) {
		int[] count = new int[1];
		this.transactions.executeWithoutResult((status) -> this.streaming.query(RESOLVED, (RowCallbackHandler) (rs) -> {
			into.accept(new Interaction(rs.getString(1), rs.getString(2), rs.getString(3),
					Signal.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()));
			count[0]++;
		}));
		return count[0];
	}

	/** A shopper's interactions whose product is known. */
	public List<Interaction> of(String shopper) {
		return this.jdbc.sql(RESOLVED + " AND i.user_key = ?")
			.param(shopper)
			.query((rs, row) -> new Interaction(rs.getString(1), rs.getString(2), rs.getString(3),
					Signal.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** The products a shopper bought. */
	public Set<UUID> bought(String shopper) {
		return new HashSet<>(this.jdbc.sql("""
				SELECT DISTINCT coalesce(i.product_id, s.product_id)
				FROM interaction i LEFT JOIN catalog_sku s ON i.product_id IS NULL AND s.sku = i.sku
				WHERE i.user_key = ? AND i.signal = 'PURCHASE' AND coalesce(i.product_id, s.product_id) IS NOT NULL""")
			.param(shopper)
			.query(UUID.class)
			.list());
	}

	/** A fingerprint of what training would learn from: it changes when that does. */
	public String fingerprint() {
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM interaction) || '/' || (SELECT coalesce(max(id), 0) FROM interaction)
				  || '/' || (SELECT count(*) FROM catalog_sku)""").query(String.class).single();
	}

}
