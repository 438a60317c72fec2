package dev.ecommerce.order.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.Resource;

/**
 * A demo shopper: a customer of the online-retail data set with an account at the user
 * service (the same id there, derived from the customer id).
 *
 * @param customerId the data set's customer id
 * @param userId the account
 * @param fullName the name orders go to
 * @param line1 the street
 * @param city the city
 * @param postalCode the postal code
 * @param country the ISO 3166 code
 */
record RetailShopper(String customerId, UUID userId, String fullName, String line1, String city, String postalCode,
		String country) {

	/** The shoppers of a {@code shoppers.tsv}, by customer id. */
	static Map<String, RetailShopper> read(Resource tsv) throws IOException {
		Map<String, RetailShopper> shoppers = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(tsv.getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] f = line.split("\t", -1);
				shoppers.put(f[0], new RetailShopper(f[0], UUID.fromString(f[1]), f[3], f[4], f[5], f[6], f[7]));
			}
		}
		return shoppers;
	}

}
