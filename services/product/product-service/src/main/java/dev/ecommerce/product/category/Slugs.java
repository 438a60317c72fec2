package dev.ecommerce.product.category;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes a slug from a name: {@code "Candles & Lights"} becomes {@code candles-lights}.
 */
final class Slugs {

	static final int MAX_LENGTH = 100;

	private Slugs() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH - 4) {
			slug = slug.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "category" : slug;
	}

}
