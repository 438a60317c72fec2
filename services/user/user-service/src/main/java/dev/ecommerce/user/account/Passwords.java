package dev.ecommerce.user.account;

import java.util.List;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.ecommerce.platform.web.problem.InvalidRequestException;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * How passwords are judged and kept: refused when zxcvbn finds them guessable, stored as
 * Argon2id hashes at OWASP's parameters (19 MiB of memory, 2 iterations, 1 lane).
 */
@Component
class Passwords {

	/** Argon2id memory, in KiB: OWASP's minimum of 19 MiB. */
	static final int MEMORY_KIB = 19 * 1024;

	static final int ITERATIONS = 2;

	static final int PARALLELISM = 1;

	/**
	 * zxcvbn's scores go from 0 (too guessable) to 4; 3 is "safely unguessable: moderate
	 * protection from offline slow-hash scenario".
	 */
	private static final int MINIMUM_SCORE = 3;

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, PARALLELISM, MEMORY_KIB,
			ITERATIONS);

	private final Zxcvbn zxcvbn = new Zxcvbn();

	// the hash that a login with an unknown email is checked against, so that it takes as
	// long as one with a wrong password
	private final String decoy = this.encoder.encode("decoy password of an unknown account");

	/**
	 * Refuses a password that is too short, too long or guessable.
	 * @param field the request field the password came in
	 * @param password the password
	 * @param userInputs what the user told us (email, name), which the password must not
	 * be built from
	 * @throws InvalidRequestException if the password is refused
	 */
	void check(String field, String password, List<String> userInputs) {
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			throw new InvalidRequestException(field,
					"must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
		}
		Strength strength = this.zxcvbn.measure(password, userInputs);
		if (strength.getScore() < MINIMUM_SCORE) {
			throw new InvalidRequestException(field,
					"is too common or easy to guess; use a longer, less predictable one");
		}
	}

	String hash(String password) {
		return this.encoder.encode(password);
	}

	/**
	 * Whether a password matches a hash; without a hash, compares with a decoy so that
	 * the answer takes as long.
	 */
	boolean matches(String password, @org.jspecify.annotations.Nullable String hash) {
		if (hash == null) {
			this.encoder.matches(password, this.decoy);
			return false;
		}
		return this.encoder.matches(password, hash);
	}

}
