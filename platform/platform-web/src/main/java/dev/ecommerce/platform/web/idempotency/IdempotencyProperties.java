package dev.ecommerce.platform.web.idempotency;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How {@code Idempotency-Key} is honoured.
 *
 * @param enabled whether POST requests with the header are deduplicated
 * @param requiredPaths POST paths that must carry the header (path patterns such as
 * {@code /payments/*}{@code /refunds}); without it they get 400
 * @param retention how long a response is kept for replay (at least 24 hours)
 * @param lockTimeout after this, a request still marked in progress is taken to have died
 * and a repeat may run
 */
@ConfigurationProperties("ecommerce.idempotency")
public record IdempotencyProperties(@DefaultValue("true") boolean enabled, @DefaultValue List<String> requiredPaths,
		@DefaultValue("24h") Duration retention, @DefaultValue("2m") Duration lockTimeout) {

}
