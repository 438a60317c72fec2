package dev.ecommerce.shipping.rates;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Rate ids that cannot be forged or altered: the rate's claims as base64url JSON, a dot,
 * and their HMAC-SHA256 under the configured key. Nothing is stored; any instance with
 * the key reads them back.
 */
@Component
class RateIds {

	private static final Logger logger = LoggerFactory.getLogger(RateIds.class);

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKeySpec key;

	private final JsonMapper jsonMapper;

	RateIds(RateProperties properties, JsonMapper jsonMapper) {
		this.key = new SecretKeySpec(keyBytes(properties.signingKey()), ALGORITHM);
		this.jsonMapper = jsonMapper;
	}

	String sign(RateClaims claims) {
		String payload = ENCODER.encodeToString(this.jsonMapper.writeValueAsBytes(claims));
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	/**
	 * The claims of a rate id, if it was signed here and not altered since (whether it
	 * has expired is the caller's question).
	 * @param rateId the rate id
	 * @return the claims, or nothing for a forged, altered or malformed id
	 */
	Optional<RateClaims> read(String rateId) {
		int dot = rateId.indexOf('.');
		if (dot <= 0 || dot != rateId.lastIndexOf('.')) {
			return Optional.empty();
		}
		String payload = rateId.substring(0, dot);
		try {
			byte[] signature = Base64.getUrlDecoder().decode(rateId.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, mac(payload))) {
				return Optional.empty();
			}
			return Optional.of(this.jsonMapper.readValue(Base64.getUrlDecoder().decode(payload), RateClaims.class));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] keyBytes(@Nullable String configured) {
		if (configured == null || configured.isBlank()) {
			logger.warn("No shipping.rates.signing-key set: rate ids are signed with a random key of this process "
					+ "only; set one shared by every instance in production");
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			return random;
		}
		byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < 32) {
			throw new IllegalStateException("shipping.rates.signing-key must be at least 32 characters");
		}
		return bytes;
	}

}
