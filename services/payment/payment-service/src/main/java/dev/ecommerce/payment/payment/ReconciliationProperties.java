package dev.ecommerce.payment.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How payments and refunds left {@code PROCESSING} are settled with their gateway.
 *
 * @param interval how often the job runs
 * @param olderThan how long one must have been left alone first, well over a gateway
 * call's timeouts and retries, so that a request still running is not raced
 * @param rechargeWithin while a payment is younger than this and the gateway has no
 * charge for it, the same charge is made again under the same key (well inside the
 * gateways' idempotency windows: Stripe's 24 h); an older one fails as
 * {@code gateway_unreachable}
 * @param batch how many each run takes
 */
@ConfigurationProperties("ecommerce.payment.reconciliation")
public record ReconciliationProperties(@DefaultValue("60s") Duration interval, @DefaultValue("2m") Duration olderThan,
		@DefaultValue("6h") Duration rechargeWithin, @DefaultValue("20") int batch) {

}
