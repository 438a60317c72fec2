package dev.ecommerce.inventory.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;

import dev.ecommerce.inventory.api.StockLevelChanged;
import dev.ecommerce.inventory.api.Texts;
import dev.ecommerce.platform.events.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two warehouses and a retail shop with stock for every SKU of the demo catalog, written
 * in one transaction with their ledger entries and {@code StockLevelChanged} events, so
 * that the product service shows the demo products in stock. The units are derived from
 * each SKU, the same on every start; one SKU in 40 is out of stock everywhere.
 */
@Component
class DemoStock {

	private static final Logger log = LoggerFactory.getLogger(DemoStock.class);

	/**
	 * The demo stores: code, name, type, city, postal code, and whether it stocks a SKU.
	 */
	private static final List<DemoStore> STORES = List.of(
			new DemoStore(UUID.fromString("5e11e700-de30-4000-8000-0000000000a1"), "WH-LONDON", "London Warehouse",
					"WAREHOUSE", "London", "E16 2QY", 1),
			new DemoStore(UUID.fromString("5e11e700-de30-4000-8000-0000000000a2"), "WH-LEEDS", "Leeds Warehouse",
					"WAREHOUSE", "Leeds", "LS9 0PS", 3),
			new DemoStore(UUID.fromString("5e11e700-de30-4000-8000-0000000000a3"), "SHOP-BRIGHTON", "Brighton Shop",
					"RETAIL", "Brighton", "BN1 1AE", 5));

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Clock clock;

	private final Resource skus = new ClassPathResource("demo/skus.csv");

	DemoStock(JdbcClient jdbc, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** Loads the demo stores and stock, unless there is a store already. */
	@Transactional
	public void loadIfEmpty() {
		if (this.jdbc.sql("SELECT count(*) FROM store").query(Long.class).single() > 0) {
			log.info("Demo stock not loaded: there are stores already");
			return;
		}
		load();
	}

	/** Loads the demo stores and stock. */
	@Transactional
	public void load() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		STORES.forEach((store) -> insertStore(store, now));
		int levels = 0;
		for (String sku : readSkus()) {
			List<Integer> units = STORES.stream().map((store) -> store.units(sku)).toList();
			int total = units.stream().mapToInt(Integer::intValue).sum();
			this.jdbc.sql("INSERT INTO stock_item (sku) VALUES (?)").param(sku).update();
			for (int i = 0; i < STORES.size(); i++) {
				if (units.get(i) > 0) {
					insertLevel(STORES.get(i).id(), sku, units.get(i), total, now);
					levels++;
				}
			}
		}
		log.info("Demo stock loaded: {} stores, {} stock levels", STORES.size(), levels);
	}

	private void insertStore(DemoStore store, Instant now) {
		this.jdbc.sql("""
				INSERT INTO store (id, code, name, type, address_line1, city, postal_code, country, active, version,
				created_at, updated_at) VALUES (?, ?, ?, ?, '1 High Street', ?, ?, 'GB', true, 1, ?, ?)""")
			.params(store.id(), store.code(), store.name(), store.type(), store.city(), store.postalCode(),
					now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private void insertLevel(UUID storeId, String sku, int units, int total, Instant now) {
		this.jdbc.sql("""
				INSERT INTO stock_level (store_id, sku, on_hand, reserved, low_stock_threshold, version, updated_at)
				VALUES (?, ?, ?, 0, 0, 1, ?)""").params(storeId, sku, units, now.atOffset(ZoneOffset.UTC)).update();
		this.jdbc.sql("""
				INSERT INTO stock_movement (id, store_id, sku, kind, quantity, on_hand_after, actor, note, at)
				VALUES (?, ?, ?, 'RECEIPT', ?, ?, 'demo', 'demo stock', ?)""")
			.params(UUID.randomUUID(), storeId, sku, units, units, now.atOffset(ZoneOffset.UTC))
			.update();
		this.outbox.publish(StockLevelChanged.TYPE, sku,
				new StockLevelChanged(sku, storeId, units, 0, units, total, now));
	}

	private List<String> readSkus() {
		List<String> skus = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.skus.getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String sku = line.strip();
				if (!sku.isEmpty() && sku.length() <= 64 && sku.matches(Texts.SKU)) {
					skus.add(sku);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return skus;
	}

	/**
	 * A demo store: it stocks one SKU in {@code every}, with units derived from the SKU.
	 */
	record DemoStore(UUID id, String code, String name, String type, String city, String postalCode, int every) {

		int units(String sku) {
			long hash = crc(sku);
			if (hash % 40 == 0 || hash % this.every != 0) {
				return 0;
			}
			return 1 + (int) ((hash / 7 + this.code.length()) % (this.every == 1 ? 60 : 12));
		}

		private static long crc(String sku) {
			CRC32 crc = new CRC32();
			crc.update(sku.getBytes(StandardCharsets.UTF_8));
			return crc.getValue();
		}

	}

}
