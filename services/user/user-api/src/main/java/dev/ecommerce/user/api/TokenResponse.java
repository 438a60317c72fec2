package dev.ecommerce.user.api;

/**
 * The tokens of a login.
 *
 * @param accessToken a signed JWT for {@code Authorization: Bearer}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 * @param refreshToken an opaque token for {@code /auth/refresh}, usable once
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

	@Override
	public String toString() {
		return "TokenResponse[tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + "]";
	}

}
