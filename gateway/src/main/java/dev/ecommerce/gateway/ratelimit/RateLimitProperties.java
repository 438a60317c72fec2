package dev.ecommerce.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests one client may make. Each client has a token bucket: a request takes
 * a token, {@code refillTokens} come back every {@code refillPeriod}, and the bucket
 * holds at most {@code capacity}, which is the burst a client may make after a quiet
 * spell. The defaults are generous enough for the demo's storefront and for load tests
 * from one machine.
 *
 * @param enabled whether requests are limited at all
 * @param capacity the most requests a client may make at once
 * @param refillTokens how many requests a client regains every period
 * @param refillPeriod the period
 * @param maxClients how many clients' buckets are kept for each kind of key; the least
 * recently seen are forgotten first, so memory stays bounded whatever the number of
 * clients
 */
@Validated
@ConfigurationProperties("ecommerce.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("400") @Positive long capacity,
		@DefaultValue("200") @Positive long refillTokens, @DefaultValue("1s") Duration refillPeriod,
		@DefaultValue("20000") @Positive long maxClients) {

	/**
	 * How long an untouched bucket takes to fill up again. A bucket left alone this long
	 * is full, the same as a new one, so forgetting it then changes nothing.
	 * @return the time to refill an empty bucket
	 */
	Duration timeToFill() {
		long periods = (this.capacity + this.refillTokens - 1) / this.refillTokens;
		return this.refillPeriod.multipliedBy(periods);
	}

}
