package dev.ecommerce.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The token buckets of one kind of client key, in a bounded cache. A client forgotten
 * because the cache is full starts again with a full bucket; that is the price of bounded
 * memory under a flood of new keys, and it only ever errs towards letting a request
 * through.
 */
final class ClientBuckets {

	private final Bandwidth limit;

	private final Cache<String, Bucket> buckets;

	ClientBuckets(RateLimitProperties properties) {
		this.limit = Bandwidth.builder()
			.capacity(properties.capacity())
			.refillGreedy(properties.refillTokens(), properties.refillPeriod())
			.build();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxClients())
			.expireAfterAccess(properties.timeToFill())
			.build();
	}

	/**
	 * Takes one request from the client's bucket.
	 * @param key the client
	 * @return whether the request may go on, and if not how long to wait
	 */
	ConsumptionProbe tryTake(String key) {
		return this.buckets.get(key, (ignored) -> Bucket.builder().addLimit(this.limit).build())
			.tryConsumeAndReturnRemaining(1);
	}

}
