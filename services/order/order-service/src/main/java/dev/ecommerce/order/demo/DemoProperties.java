package dev.ecommerce.order.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The demo shoppers' order history ({@code ecommerce.order.demo.*}), made by
 * {@code src/etc/demo-history-extract.py} from the online-retail data set.
 *
 * @param shoppers the shoppers: {@code customer_id, user_id, email, full_name, line1,
 * city, postal_code, country}, tab-separated
 * @param orders one row per invoice: {@code invoice, customer_id, placed_at,
 * shipping_pence}
 * @param lines one row per line, gzip-compressed: {@code invoice, sku, name, quantity,
 * unit_price_pence}
 */
@ConfigurationProperties("ecommerce.order.demo")
record DemoProperties(@DefaultValue("classpath:demo/shoppers.tsv") Resource shoppers,
		@DefaultValue("classpath:demo/retail-orders.tsv") Resource orders,
		@DefaultValue("classpath:demo/retail-order-lines.tsv.gz") Resource lines) {

}
