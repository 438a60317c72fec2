package dev.ecommerce.platform.web.versioning;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * ETags for versioned resources, and the {@code If-Match} check that makes an update
 * conditional: {@code ETags.checkIfMatch(ifMatch, product.version())} before changing a
 * product, {@code ResponseEntity.ok().eTag(ETags.of(product.version()))} when answering.
 */
public final class ETags {

	private ETags() {
	}

	/**
	 * The strong ETag of a version: {@code "3"}.
	 * @param version the resource's version
	 * @return the ETag, quoted
	 */
	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Refuses a change whose {@code If-Match} names another version than the current one.
	 * No header means an unconditional change; {@code *} matches any version.
	 * @param ifMatch the {@code If-Match} header, or {@code null}
	 * @param currentVersion the resource's version now
	 * @throws PreconditionFailedException when the header names only other versions
	 */
	public static void checkIfMatch(@Nullable String ifMatch, long currentVersion) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return;
		}
		String current = of(currentVersion);
		boolean matches = Arrays.stream(ifMatch.split(","))
			.map(String::trim)
			.map((tag) -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.anyMatch((tag) -> tag.equals("*") || tag.equals(current));
		if (!matches) {
			throw new PreconditionFailedException(currentVersion);
		}
	}

}
