package dev.ecommerce.shipping.carrier.easypost;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The multi-carrier API ({@code shipping.easypost.*}).
 *
 * @param enabled whether its carriers are quoted
 * @param url the API's base URL, up to and including the version
 * @param apiKey the account's API key, sent as the basic-auth user name
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("shipping.easypost")
public record EasyPostProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("https://api.easypost.com/v2") URI url, @Nullable String apiKey,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

}
