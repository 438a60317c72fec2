package dev.ecommerce.platform.web.security;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A request that needs no token, parsed from {@code "GET /products/**"} or
 * {@code "/auth/login"}.
 */
record PublicPath(@Nullable HttpMethod method, String pattern) {

	static PublicPath parse(String rule) {
		String[] parts = rule.trim().split("\\s+");
		if (parts.length == 1 && parts[0].startsWith("/")) {
			return new PublicPath(null, parts[0]);
		}
		if (parts.length == 2 && parts[1].startsWith("/")) {
			return new PublicPath(HttpMethod.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1]);
		}
		throw new IllegalArgumentException(
				"A public path is '[METHOD] /pattern', such as 'GET /products/**', not '" + rule + "'");
	}

}
