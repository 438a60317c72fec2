package dev.ecommerce.recommendation.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog's copy: written by the product and inventory events, read by serving from
 * an in-memory snapshot rebuilt when a change was written here, and at most
 * {@link #MAX_AGE} after a change written by another instance.
 */
@Component
public class Catalog {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicLong changes = new AtomicLong();

	private volatile Snapshot snapshot = new Snapshot(-1, Instant.EPOCH, Map.of());

	Catalog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a product's state, unless a later version is known. */
	void record(UUID productId, String name, @Nullable UUID categoryId, boolean active, long version,
			List<String> skus) {
		int changed = this.jdbc.sql("""
				INSERT INTO catalog_product (product_id, name, category_id, active, version) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (product_id) DO UPDATE SET name = excluded.name, category_id = excluded.category_id,
				  active = excluded.active, version = excluded.version
				WHERE catalog_product.version <= excluded.version""")
			.params(productId, name, categoryId, active, version)
			.update();
		if (changed == 0) {
			return;
		}
		for (String sku : skus) {
			this.jdbc.sql("""
					INSERT INTO catalog_sku (sku, product_id) VALUES (?, ?)
					ON CONFLICT (sku) DO UPDATE SET product_id = excluded.product_id""")
				.params(sku, productId)
				.update();
		}
		changed();
	}

	/** Records that a product is archived, unless a later version is known. */
	void archive(UUID productId, long version) {
		this.jdbc.sql("UPDATE catalog_product SET active = false, version = ? WHERE product_id = ? AND version <= ?")
			.params(version, productId, version)
			.update();
		changed();
	}

	/** Records what can be sold of a SKU, unless a later level is known. */
	void stock(String sku, int available, Instant at) {
		this.jdbc.sql("""
				INSERT INTO sku_stock (sku, available, at) VALUES (?, ?, ?)
				ON CONFLICT (sku) DO UPDATE SET available = excluded.available, at = excluded.at
				WHERE sku_stock.at <= excluded.at""").params(sku, available, at.atOffset(ZoneOffset.UTC)).update();
		changed();
	}

	/** Counts a change once it is committed, so that no snapshot is read before it. */
	private void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Catalog.this.changes.incrementAndGet();
				}
			});
		}
		else {
			this.changes.incrementAndGet();
		}
	}

	public Optional<CatalogProduct> product(UUID id) {
		return Optional.ofNullable(current().products().get(id));
	}

	public Collection<CatalogProduct> products() {
		return current().products().values();
	}

	/** The number of SKUs known: the demo history can be read once they are. */
	public long skuCount() {
		return this.jdbc.sql("SELECT count(*) FROM catalog_sku").query(Long.class).single();
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		long changes = this.changes.get();
		Instant now = this.clock.instant();
		if (current.changes() == changes && current.readAt().plus(MAX_AGE).isAfter(now)) {
			return current;
		}
		synchronized (this) {
			if (this.snapshot != current) {
				return this.snapshot;
			}
			Snapshot fresh = new Snapshot(changes, now, read());
			this.snapshot = fresh;
			return fresh;
		}
	}

	private Map<UUID, CatalogProduct> read() {
		Map<UUID, CatalogProduct> products = new HashMap<>();
		this.jdbc.sql("""
				SELECT p.product_id, p.name, p.category_id, p.active,
				  NOT EXISTS (SELECT 1 FROM catalog_sku s WHERE s.product_id = p.product_id)
				  OR EXISTS (SELECT 1 FROM catalog_sku s LEFT JOIN sku_stock k ON k.sku = s.sku
				             WHERE s.product_id = p.product_id AND (k.sku IS NULL OR k.available > 0)) AS in_stock
				FROM catalog_product p""")
			.query((rs, row) -> new CatalogProduct(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, UUID.class), rs.getBoolean(4), rs.getBoolean(5)))
			.list()
			.forEach((product) -> products.put(product.id(), product));
		return Map.copyOf(products);
	}

	private record Snapshot(long changes, Instant readAt, Map<UUID, CatalogProduct> products) {

	}

}
