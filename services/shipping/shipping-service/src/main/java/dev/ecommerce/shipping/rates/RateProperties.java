package dev.ecommerce.shipping.rates;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How rates are quoted ({@code shipping.rates.*}).
 *
 * @param signingKey the secret that signs rate ids, at least 32 characters; every
 * instance must share it. None: a random key per start, fine for one instance in
 * development (rate ids then die with the process)
 * @param validity how long a quoted rate may be taken
 * @param defaultItemWeightGrams the weight of a unit whose variant has none
 * @param packagingGrams what the box and its padding add to each parcel
 */
@ConfigurationProperties("shipping.rates")
public record RateProperties(@Nullable String signingKey, @DefaultValue("30m") Duration validity,
		@DefaultValue("500") long defaultItemWeightGrams, @DefaultValue("0") long packagingGrams) {

}
