package dev.ecommerce.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Order requests for tests.
 */
public final class OrderMother {

	private static final AtomicInteger skus = new AtomicInteger();

	private OrderMother() {
	}

	/** A SKU no other test uses. */
	public static String newSku() {
		return "SKU-" + System.nanoTime() % 1_000_000 + "-" + skus.incrementAndGet();
	}

	public static Map<String, Object> address() {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("fullName", "Ada Lovelace");
		address.put("line1", "12 St James's Square");
		address.put("city", "London");
		address.put("postalCode", "SW1Y 4JH");
		address.put("country", "GB");
		return address;
	}

	/** An order of lines ({@code sku, quantity, sku, quantity, …}) paid with a token. */
	public static Map<String, Object> order(String token, Object... skusAndQuantities) {
		List<Map<String, Object>> lines = new ArrayList<>();
		for (int i = 0; i + 1 < skusAndQuantities.length; i += 2) {
			lines.add(Map.of("sku", skusAndQuantities[i], "quantity", skusAndQuantities[i + 1]));
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("lines", lines);
		request.put("shippingAddress", address());
		request.put("shippingRateId", "rate-tracked48-GB");
		request.put("paymentMethod", Map.of("gateway", "sandbox", "token", token));
		return request;
	}

}
