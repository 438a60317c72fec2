package dev.ecommerce.user.token;

import java.text.ParseException;
import java.time.Clock;
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

	private volatile @Nullable List<RSAKey> keys;

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

	private List<RSAKey> keys() {
		List<RSAKey> loaded = this.keys;
		if (loaded == null) {
			loaded = this.transactions.execute((status) -> loadOrGenerate());
			this.keys = loaded;
		}
		return loaded;
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
