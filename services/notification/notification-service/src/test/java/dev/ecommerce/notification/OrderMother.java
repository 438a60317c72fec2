package dev.ecommerce.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Order service events as JSON maps, the way the order service publishes them (with
 * fields this service does not read), for the tests.
 */
public final class OrderMother {

	public static final String PLACED = "dev.ecommerce.order.OrderPlaced.v1";

	public static final String CONFIRMED = "dev.ecommerce.order.OrderConfirmed.v1";

	public static final String CANCELLED = "dev.ecommerce.order.OrderCancelled.v1";

	private OrderMother() {
	}

	public static Map<String, Object> money(long amount) {
		return Map.of("amount", amount, "currency", "GBP");
	}

	public static Map<String, Object> line(String sku, UUID sellerId, String name, int quantity, long unitPrice) {
		return Map.of("sku", sku, "productId", UUID.randomUUID(), "sellerId", sellerId, "name", name, "quantity",
				quantity, "unitPrice", money(unitPrice), "lineTotal", money(unitPrice * quantity));
	}

	/**
	 * An OrderPlaced or OrderConfirmed: 2 mugs at £4.50 and a lamp at £3.00, £0.99
	 * shipping.
	 */
	public static Map<String, Object> order(UUID orderId, String number, UUID userId, List<Map<String, Object>> lines) {
		long subtotal = lines.stream()
			.mapToLong((line) -> (Long) ((Map<?, ?>) line.get("lineTotal")).get("amount"))
			.sum();
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("orderId", orderId);
		order.put("number", number);
		order.put("userId", userId);
		order.put("lines", new ArrayList<>(lines));
		order.put("totals", Map.of("subtotal", money(subtotal), "discount", money(0), "shipping", money(99), "tax",
				money(0), "total", money(subtotal + 99)));
		order.put("couponCode", null);
		order.put("paymentId", UUID.randomUUID());
		order.put("shippingAddress", Map.of("fullName", "Ann Smith", "line1", "1 High Street", "city", "London",
				"postalCode", "N1 1AA", "country", "GB"));
		order.put("at", Instant.now());
		return order;
	}

	public static List<Map<String, Object>> usualLines(UUID seller, UUID otherSeller) {
		return List.of(line("MUG-1", seller, "Mug", 2, 450), line("LAMP-1", otherSeller, "Lamp", 1, 300));
	}

}
