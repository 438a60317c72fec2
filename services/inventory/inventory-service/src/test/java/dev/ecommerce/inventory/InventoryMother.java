package dev.ecommerce.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests for test data, each with names no other test uses.
 */
public final class InventoryMother {

	private static final AtomicInteger counter = new AtomicInteger();

	private InventoryMother() {
	}

	public static String newSku() {
		return "SKU-" + UUID.randomUUID().toString().substring(0, 8) + "-" + counter.incrementAndGet();
	}

	public static String newCode() {
		return "S" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	public static Map<String, Object> store(String type) {
		Map<String, Object> store = new LinkedHashMap<>();
		store.put("code", newCode());
		store.put("name", "Store " + counter.get());
		store.put("type", type);
		store.put("address", new LinkedHashMap<>(
				Map.of("line1", "1 Dock Road", "city", "London", "postalCode", "E16 1AA", "country", "GB")));
		return store;
	}

	public static Map<String, Object> warehouse() {
		return store("WAREHOUSE");
	}

}
