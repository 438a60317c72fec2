package dev.ecommerce.product;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalog.
 *
 * @param currency the one currency that prices are in (ISO 4217): price filters, price
 * facets and sorting compare amounts, which is only meaningful in one currency
 */
@ConfigurationProperties("ecommerce.product")
public record CatalogProperties(@DefaultValue("GBP") String currency) {

}
