package dev.ecommerce.inventory.stock;

import java.util.List;
import java.util.UUID;

import dev.ecommerce.inventory.api.AvailabilityResponse;
import dev.ecommerce.inventory.api.AvailabilityResponse.StoreAvailability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many units of a SKU can be promised, over the active stores.
 */
@Component
class Availability {

	private final JdbcClient jdbc;

	Availability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	AvailabilityResponse of(String sku) {
		List<StoreAvailability> stores = this.jdbc.sql("""
				SELECT l.store_id, l.on_hand - l.reserved AS available FROM stock_level l
				JOIN store s ON s.id = l.store_id
				WHERE l.sku = ? AND s.active AND l.on_hand > l.reserved ORDER BY available DESC, s.code""")
			.param(sku)
			.query((rs, row) -> new StoreAvailability(rs.getObject("store_id", UUID.class), rs.getInt("available")))
			.list();
		// many stores' units may add up to more than an int holds; the answer says at
		// most that
		long total = stores.stream().mapToLong(StoreAvailability::available).sum();
		return new AvailabilityResponse(sku, (int) Math.min(total, Integer.MAX_VALUE), total > 0, stores);
	}

}
