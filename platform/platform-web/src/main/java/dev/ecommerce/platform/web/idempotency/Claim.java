package dev.ecommerce.platform.web.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * What claiming an idempotency key found.
 *
 * @param outcome what to do with the request
 * @param response the stored response, for {@link Outcome#REPLAY}
 */
record Claim(Outcome outcome, @Nullable StoredResponse response) {

	enum Outcome {

		/** The key is ours: run the request and store its response. */
		PROCEED,

		/** The same request ran before: answer its stored response. */
		REPLAY,

		/** The key was used for a different request. */
		MISMATCH,

		/** The same request is running now. */
		IN_PROGRESS

	}

	static Claim of(Outcome outcome) {
		return new Claim(outcome, null);
	}

}
