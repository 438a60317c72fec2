package dev.ecommerce.shipping.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.ecommerce.platform.web.problem.InvalidRequestException;

/**
 * Postcodes as the zones match them: capitals without spaces. A zone's prefix matches a
 * British postcode by its area (the letters, {@code HS}) or its whole district
 * ({@code KW15}), never by a part of one ({@code PA4} is not {@code PA41}); elsewhere a
 * prefix matches the postcode's first characters.
 */
final class Postcodes {

	private static final Pattern UK = Pattern.compile("([A-Z]{1,2})([0-9][A-Z0-9]?)([0-9][A-Z]{2})");

	private Postcodes() {
	}

	static String normalize(String postalCode) {
		return postalCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * The prefixes a zone may name to match a destination, longest first, ending with
	 * {@code ""} (the whole country).
	 * @param country the ISO code
	 * @param postalCode the postcode as given
	 * @param field the request field named in a refusal
	 * @return the prefixes
	 * @throws InvalidRequestException for a British postcode that is not one
	 */
	static List<String> prefixes(String country, String postalCode, String field) {
		String normalized = normalize(postalCode);
		List<String> prefixes = new ArrayList<>();
		if (isBritish(country)) {
			var matcher = UK.matcher(normalized);
			if (!matcher.matches()) {
				throw new InvalidRequestException(field, "is not a UK postcode");
			}
			prefixes.add(matcher.group(1) + matcher.group(2));
			prefixes.add(matcher.group(1));
		}
		else {
			if (!normalized.matches("[A-Z0-9]{1,12}")) {
				throw new InvalidRequestException(field, "must be letters and digits");
			}
			for (int length = Math.min(normalized.length(), 10); length > 0; length--) {
				prefixes.add(normalized.substring(0, length));
			}
		}
		prefixes.add("");
		return prefixes;
	}

	private static boolean isBritish(String country) {
		// Jersey, Guernsey and the Isle of Man have their own ISO codes but British
		// postcodes
		return country.equals("GB") || country.equals("JE") || country.equals("GG") || country.equals("IM");
	}

}
