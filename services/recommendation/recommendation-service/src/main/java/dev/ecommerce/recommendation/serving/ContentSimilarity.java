package dev.ecommerce.recommendation.serving;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.ecommerce.recommendation.catalog.CatalogProduct;

/**
 * Content similarity for products no one has interacted with yet: the cosine of the
 * TF-IDF vectors of their names' words, plus {@link #SAME_CATEGORY} for the same
 * category.
 */
final class ContentSimilarity {

	static final double SAME_CATEGORY = 0.25;

	private static final Set<String> STOP_WORDS = Set.of("and", "the", "of", "for", "with", "in", "set", "a", "an",
			"to", "de");

	private ContentSimilarity() {
	}

	/**
	 * Scores the products like one, best first; only products with a word or the category
	 * in common.
	 */
	static List<Scored> like(CatalogProduct product, Collection<CatalogProduct> catalog) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		Map<CatalogProduct, Set<String>> words = new HashMap<>();
		for (CatalogProduct other : catalog) {
			Set<String> terms = words(other.name());
			words.put(other, terms);
			terms.forEach((term) -> documentFrequency.merge(term, 1, Integer::sum));
		}
		int documents = Math.max(1, catalog.size());
		Map<String, Double> target = vector(words(product.name()), documentFrequency, documents);
		List<Scored> scored = new ArrayList<>();
		for (CatalogProduct other : catalog) {
			if (other.id().equals(product.id())) {
				continue;
			}
			double score = cosine(target, vector(words.get(other), documentFrequency, documents));
			if (product.categoryId() != null && Objects.equals(product.categoryId(), other.categoryId())) {
				score += SAME_CATEGORY;
			}
			if (score > 0) {
				scored.add(new Scored(other.id(), score));
			}
		}
		scored.sort(Scored.BEST_FIRST);
		return scored;
	}

	static Set<String> words(String name) {
		Set<String> words = new java.util.TreeSet<>();
		for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() > 1 && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private static Map<String, Double> vector(Set<String> words, Map<String, Integer> documentFrequency,
			int documents) {
		Map<String, Double> vector = new HashMap<>();
		for (String word : words) {
			vector.put(word, Math.log(1.0 + (double) documents / documentFrequency.getOrDefault(word, 1)));
		}
		return vector;
	}

	private static double cosine(Map<String, Double> a, Map<String, Double> b) {
		double dot = 0;
		for (Map.Entry<String, Double> entry : a.entrySet()) {
			dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
		}
		if (dot == 0) {
			return 0;
		}
		return dot / (norm(a) * norm(b));
	}

	private static double norm(Map<String, Double> vector) {
		return Math.sqrt(vector.values().stream().mapToDouble((v) -> v * v).sum());
	}

}
