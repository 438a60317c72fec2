package dev.ecommerce.platform.web.problem;

import java.net.URI;

/**
 * The one place where problem {@code type} URIs are made, so that every service names the
 * same kind of error the same way. A client may rely on a type: it never changes once
 * published. The platform's own kinds are constants here; a service names its own with
 * {@link #of(String)} (for example {@code ProblemTypes.of("out-of-stock")}).
 */
public final class ProblemTypes {

	/** Every type URI starts with this. */
	public static final String BASE = "https://ecommerce.dev/problems/";

	/** A field or parameter failed validation; the {@code errors} member lists them. */
	public static final URI VALIDATION = of("validation");

	/** The body could not be read: malformed JSON, a wrong type, a missing body. */
	public static final URI MALFORMED_REQUEST = of("malformed-request");

	/** No token, or a token that is not valid. */
	public static final URI UNAUTHORIZED = of("unauthorized");

	/** A valid token whose roles do not allow this. */
	public static final URI FORBIDDEN = of("forbidden");

	/** No such resource, or one the caller may not know of. */
	public static final URI NOT_FOUND = of("not-found");

	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	public static final URI NOT_ACCEPTABLE = of("not-acceptable");

	/** The resource's state forbids the change, or it already exists. */
	public static final URI CONFLICT = of("conflict");

	/** Someone else changed the resource at the same time; read it again and retry. */
	public static final URI CONCURRENT_MODIFICATION = of("concurrent-modification");

	/** The {@code If-Match} version is not the current one. */
	public static final URI PRECONDITION_FAILED = of("precondition-failed");

	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	/** An {@code Idempotency-Key} was used before with a different request. */
	public static final URI IDEMPOTENCY_KEY_REUSED = of("idempotency-key-reused");

	/** A request with the same {@code Idempotency-Key} is still being processed. */
	public static final URI IDEMPOTENCY_KEY_IN_USE = of("idempotency-key-in-use");

	public static final URI TOO_MANY_REQUESTS = of("too-many-requests");

	/** Something failed on our side; the response says no more than that. */
	public static final URI INTERNAL = of("internal");

	/** A service this one needs did not answer. */
	public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");

	/** A service this one needs answered too slowly. */
	public static final URI GATEWAY_TIMEOUT = of("gateway-timeout");

	private ProblemTypes() {
	}

	/**
	 * The type URI of a kind of error.
	 * @param slug lower-case words joined by hyphens, such as {@code out-of-stock}
	 * @return the type URI
	 */
	public static URI of(String slug) {
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("A problem type slug is lower-case words joined by hyphens: " + slug);
		}
		return URI.create(BASE + slug);
	}

}
