package dev.ecommerce.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Products for tests, as the JSON a client sends: a map, so that a test can break any
 * member. Every SKU is new.
 */
public final class ProductMother {

	private static final AtomicInteger skus = new AtomicInteger();

	private ProductMother() {
	}

	public static String newSku() {
		return "T" + skus.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	/** An active product with one variant of the given price in pence. */
	public static Map<String, Object> product(String name, long pence) {
		Map<String, Object> product = new LinkedHashMap<>();
		product.put("name", name);
		product.put("description", "A fine thing for the home.");
		product.put("status", "ACTIVE");
		product.put("attributes", new LinkedHashMap<>());
		product.put("images", new ArrayList<>(List.of("https://images.example.com/" + UUID.randomUUID() + ".jpg")));
		product.put("variants", new ArrayList<>(List.of(variant(newSku(), pence))));
		return product;
	}

	public static Map<String, Object> variant(String sku, long pence) {
		Map<String, Object> variant = new LinkedHashMap<>();
		variant.put("sku", sku);
		variant.put("attributes", new LinkedHashMap<>());
		variant.put("price", money(pence));
		variant.put("weightGrams", 250);
		return variant;
	}

	public static Map<String, Object> money(long pence) {
		return new LinkedHashMap<>(Map.of("amount", pence, "currency", "GBP"));
	}

	public static Map<String, Object> with(Map<String, Object> product, String member, @Nullable Object value) {
		product.put(member, value);
		return product;
	}

	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> variants(Map<String, Object> product) {
		return (List<Map<String, Object>>) product.get("variants");
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> attributes(Map<String, Object> product) {
		return (Map<String, Object>) product.get("attributes");
	}

}
