package dev.ecommerce.user.token;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys that sign access tokens, kept in table {@code signing_key} so that tokens
 * stay valid across restarts and instances. The first start generates a key; the newest
 * key signs, and the two newest are published, so that a new key can be added while
 * tokens of the previous one are still alive.
 */
@Component
class SigningKeys {

	/** How many keys the JWKS publishes: the current one and the one it replaced. */
	static final int PUBLISHED = 2;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** How long an instance signs with the keys it read before it reads them again. */
	static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

	private volatile @Nullable Loaded keys;

	SigningKeys(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The key that signs new tokens. */
	RSAKey current() {
		return keys().get(0);
	}

	/** The public halves of the published keys. */
	JWKSet published() {
		return new JWKSet(keys().stream().map((key) -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
	}

	/** Reads the keys again, after a key was added. */
	void reload() {
		this.keys = null;
	}

	/**
	 * Adds a new key, which signs from now on; the one it replaces stays published, so
	 * that the tokens it signed stay valid until they expire. Every instance takes the
	 * new key within {@link #RELOAD_AFTER}, and every resource server fetches the JWKS
	 * again when it meets a token with an unknown {@code kid}. Rotating twice within an
	 * access token's lifetime ends the tokens of the key before.
	 * @return the new key's id
	 */
	String rotate() {
		RSAKey key = generate();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('signing_key'))");
			this.jdbc.update("INSERT INTO signing_key (kid, jwk, created_at) VALUES (?, ?, ?)", key.getKeyID(),
					key.toJSONString(), java.sql.Timestamp.from(this.clock.instant()));
		});
		reload();
		return key.getKeyID();
	}

	private List<RSAKey> keys() {
		Loaded loaded = this.keys;
		if (loaded == null || loaded.at().plus(RELOAD_AFTER).isBefore(this.clock.instant())) {
			List<RSAKey> keys = this.transactions.execute((status) -> loadOrGenerate());
			loaded = new Loaded(keys, this.clock.instant());
			this.keys = loaded;
		}
		return loaded.keys();
	}

	/** The keys as read at an instant. */
	private record Loaded(List<RSAKey> keys, Instant at) {

	}

	private List<RSAKey> loadOrGenerate() {
		// instances starting together on an empty database generate one key, not one each
		this.jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('signing_key'))");
		List<RSAKey> keys = load();
		if (keys.isEmpty()) {
			RSAKey key = generate();
			this.jdbc.update("INSERT INTO signing_key (kid, jwk, created_at) VALUES (?, ?, ?)", key.getKeyID(),
					key.toJSONString(), java.sql.Timestamp.from(this.clock.instant()));
			keys = List.of(key);
		}
		return keys;
	}

	private List<RSAKey> load() {
		return this.jdbc.query("SELECT jwk FROM signing_key ORDER BY created_at DESC, kid LIMIT " + PUBLISHED,
				(row, number) -> parse(row.getString("jwk")));
	}

	private static RSAKey parse(String jwk) {
		try {
			return RSAKey.parse(jwk);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A signing key in the database is not an RSA JWK", ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate a signing key", ex);
		}
	}

}
