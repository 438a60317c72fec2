package dev.ecommerce.shipping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests for tests, each with fresh SKUs and orders so that tests sharing the database
 * do not meet.
 */
public final class ShippingMother {

	private static final AtomicInteger sequence = new AtomicInteger();

	private ShippingMother() {
	}

	public static String newSku() {
		return "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-" + sequence.incrementAndGet();
	}

	public static Map<String, Object> rateRequest(String country, String postalCode, Object... skuQuantities) {
		List<Map<String, Object>> items = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < skuQuantities.length; i += 2) {
			items.add(Map.of("sku", skuQuantities[i], "quantity", skuQuantities[i + 1]));
		}
		return Map.of("destination", Map.of("country", country, "postalCode", postalCode), "items", items);
	}

	public static Map<String, Object> address(String country, String postalCode) {
		Map<String, Object> address = new HashMap<>();
		address.put("fullName", "Ada Lovelace");
		address.put("line1", "12 St James's Square");
		address.put("city", "London");
		address.put("postalCode", postalCode);
		address.put("country", country);
		address.put("phone", "+44 20 7946 0000");
		return address;
	}

	public static Map<String, Object> shipment(UUID orderId, String rateId, Map<String, Object> address, UUID userId) {
		Map<String, Object> request = new HashMap<>();
		request.put("orderId", orderId.toString());
		request.put("rateId", rateId);
		request.put("address", address);
		request.put("orderNumber", "ORD-" + orderId.toString().substring(0, 6).toUpperCase());
		request.put("userId", userId.toString());
		return request;
	}

}
