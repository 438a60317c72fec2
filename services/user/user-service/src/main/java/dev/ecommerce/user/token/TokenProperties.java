package dev.ecommerce.user.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long tokens live.
 *
 * @param accessLifetime of an access token
 * @param refreshLifetime of a refresh token, counted from the login or refresh that
 * issued it
 */
@ConfigurationProperties("ecommerce.user.tokens")
public record TokenProperties(@DefaultValue("15m") Duration accessLifetime,
		@DefaultValue("30d") Duration refreshLifetime) {

}
