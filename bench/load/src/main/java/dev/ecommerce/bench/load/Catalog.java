package dev.ecommerce.bench.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * What the shoppers browse and buy, read from the running shop: every active product's
 * id, the words its names use most (the searches), and the SKUs that go into carts,
 * topped up by the admin so that checkouts never run out.
 */
final class Catalog {

	private final List<String> productIds;

	private final List<String> words;

	private final List<String> skus;

	private Catalog(List<String> productIds, List<String> words, List<String> skus) {
		this.productIds = productIds;
		this.words = words;
		this.skus = skus;
	}

	/**
	 * Reads the catalog and tops up the stock of the SKUs to buy.
	 * @param shop the shop
	 * @param admin the admin's {@code Authorization} header
	 * @param skuCount how many SKUs go into carts
	 * @param units the units on hand each of them is set to
	 */
	static Catalog read(Shop shop, String admin, int skuCount, int units, Random random, PrintStream out) {
		List<String> ids = new ArrayList<>();
		Map<String, Integer> wordCounts = new HashMap<>();
		int pages = 1;
		for (int page = 0; page < pages; page++) {
			JsonNode answer = shop.get("/products?size=100&page=" + page);
			pages = answer.path("totalPages").asInt();
			for (JsonNode product : answer.path("items")) {
				ids.add(product.path("id").asString());
				for (String word : product.path("name").asString().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
					if (word.length() >= 4) {
						wordCounts.merge(word, 1, Integer::sum);
					}
				}
			}
		}
		List<String> words = wordCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(200)
			.map(Map.Entry::getKey)
			.toList();
		List<String> shuffled = new ArrayList<>(ids);
		Collections.shuffle(shuffled, random);
		List<String> skus = new ArrayList<>();
		for (String id : shuffled) {
			if (skus.size() == skuCount) {
				break;
			}
			String sku = shop.get("/products/" + id).path("variants").path(0).path("sku").asString();
			JsonNode stores = shop.get("/inventory/" + sku).path("stores");
			if (sku.isEmpty() || stores.isEmpty()) {
				continue;
			}
			shop.put("/stores/" + stores.path(0).path("storeId").asString() + "/stock/" + sku,
					"{\"onHand\": " + units + ", \"note\": \"load test\"}", "Authorization", admin);
			skus.add(sku);
		}
		out.printf(Locale.ROOT, "catalog: %d products, %d search words, %d SKUs to buy with %d units each%n",
				ids.size(), words.size(), skus.size(), units);
		return new Catalog(List.copyOf(ids), words, List.copyOf(skus));
	}

	String productId(Random random) {
		return this.productIds.get(random.nextInt(this.productIds.size()));
	}

	String word(Random random) {
		return this.words.get(random.nextInt(this.words.size()));
	}

	String sku(Random random) {
		return this.skus.get(random.nextInt(this.skus.size()));
	}

	List<String> skus() {
		return this.skus;
	}

}
