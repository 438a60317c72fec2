package dev.ecommerce.recommendation.demo;

import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The demo history ({@code ecommerce.recommendation.demo.*}).
 *
 * @param history the online-retail transactions, gzip-compressed CSV
 * @param customerId the demo customer account (the user service's
 * {@code customer@demo.shop})
 * @param retailCustomer the customer of the history whose purchases the demo customer is
 * given, so that "for you" is personal from the start
 * @param shoppers the retail shoppers with accounts at the user service, tab-separated
 * with a header, the customer id first and the account's id second (made by the order
 * service's {@code src/etc/demo-history-extract.py}): their purchases are theirs
 */
@ConfigurationProperties("ecommerce.recommendation.demo")
record DemoProperties(@DefaultValue("classpath:demo/online-retail-2010-12-to-2011-09.csv.gz") Resource history,
		@DefaultValue("c0570000-de30-4000-8000-000000000001") UUID customerId,
		@DefaultValue("retail-17850") String retailCustomer,
		@DefaultValue("classpath:demo/shoppers.tsv") Resource shoppers) {

}
