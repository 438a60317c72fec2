package dev.ecommerce.cart.pricing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tax table, under {@code ecommerce.cart.tax}: a rate in percent per country
 * ({@code ecommerce.cart.tax.rates.GB=20}), added to the defaults (a configured country
 * replaces its default), and the country taxed when a basket has no destination yet.
 *
 * @param rates percent per ISO 3166-1 alpha-2 country
 * @param homeCountry the country whose rate applies without a destination
 */
@ConfigurationProperties("ecommerce.cart.tax")
public record TaxProperties(Map<String, BigDecimal> rates, String homeCountry) {

	/** Standard VAT rates of a few countries the shop ships to. */
	static final Map<String, BigDecimal> DEFAULTS = Map.of("GB", new BigDecimal("20"), "IE", new BigDecimal("23"), "FR",
			new BigDecimal("20"), "DE", new BigDecimal("19"), "NL", new BigDecimal("21"), "ES", new BigDecimal("21"),
			"IT", new BigDecimal("22"), "US", BigDecimal.ZERO);

	public TaxProperties(@Nullable Map<String, BigDecimal> rates, @Nullable String homeCountry) {
		Map<String, BigDecimal> table = new TreeMap<>(DEFAULTS);
		if (rates != null) {
			rates.forEach((country, rate) -> {
				if (rate.signum() < 0 || rate.compareTo(new BigDecimal("100")) > 0) {
					throw new IllegalArgumentException(
							"ecommerce.cart.tax.rates." + country + " must be a percentage from 0 to 100, not " + rate);
				}
				table.put(country.toUpperCase(java.util.Locale.ROOT), rate);
			});
		}
		this.rates = Map.copyOf(table);
		this.homeCountry = (homeCountry != null) ? homeCountry.toUpperCase(java.util.Locale.ROOT) : "GB";
	}

	/**
	 * The rate of a country, in percent.
	 * @param country the destination's country, or {@code null} for the home country
	 * @return its rate; zero for a country outside the table
	 */
	public BigDecimal rateOf(@Nullable String country) {
		return this.rates.getOrDefault((country != null) ? country : this.homeCountry, BigDecimal.ZERO);
	}

}
