package dev.ecommerce.user.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins are let through before the next ones are refused with 429.
 *
 * @param window the period failures are counted over
 * @param perAccount failures of one email in the window (ASVS: never more than 100 an
 * hour; 10 in 15 minutes is at most 40)
 * @param perAddress failures from one client address in the window, whatever the email
 */
@ConfigurationProperties("ecommerce.user.login-throttle")
record LoginThrottleProperties(@DefaultValue("15m") Duration window, @DefaultValue("10") int perAccount,
		@DefaultValue("50") int perAddress) {

}
