package dev.ecommerce.platform.web.idempotency;

import org.jspecify.annotations.Nullable;

/**
 * The first response to an idempotent request, as replayed to its repeats.
 */
record StoredResponse(int status, @Nullable String contentType, @Nullable String location, @Nullable String etag,
		byte[] body) {

}
