package dev.ecommerce.product.demo;

import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the demo catalog.
 *
 * @param sellerId the demo seller that owns every imported product
 * @param catalog the CSV to import: {@code stock_code,name,price_pence}
 */
@ConfigurationProperties("ecommerce.product.demo")
record DemoProperties(@DefaultValue(DEMO_SELLER) UUID sellerId,
		@DefaultValue("classpath:demo/catalog.csv") Resource catalog) {

	static final String DEMO_SELLER = "5e11e700-de30-4000-8000-000000000001";

}
