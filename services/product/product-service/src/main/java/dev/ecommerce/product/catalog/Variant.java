package dev.ecommerce.product.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ecommerce.product.api.Money;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A sellable unit of a product, identified by its SKU.
 */
@Embeddable
class Variant {

	private int position;

	private String sku;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, String> attributes;

	private long priceAmount;

	private String priceCurrency;

	private @Nullable Integer weightGrams;

	protected Variant() {
		// for JPA
		this.sku = "";
		this.attributes = Map.of();
		this.priceCurrency = "";
	}

	Variant(int position, String sku, Map<String, String> attributes, Money price, @Nullable Integer weightGrams) {
		this.position = position;
		this.sku = sku;
		this.attributes = new LinkedHashMap<>(attributes);
		this.priceAmount = price.amount();
		this.priceCurrency = price.currency();
		this.weightGrams = weightGrams;
	}

	String sku() {
		return this.sku;
	}

	Map<String, String> attributes() {
		return this.attributes;
	}

	Money price() {
		return new Money(this.priceAmount, this.priceCurrency);
	}

	@Nullable Integer weightGrams() {
		return this.weightGrams;
	}

}
