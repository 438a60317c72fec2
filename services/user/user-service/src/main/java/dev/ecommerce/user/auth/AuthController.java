package dev.ecommerce.user.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.user.api.LoginRequest;
import dev.ecommerce.user.api.RefreshRequest;
import dev.ecommerce.user.api.TokenResponse;
import dev.ecommerce.user.token.AccessTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth")
class AuthController {

	private final SignIn signIn;

	private final ClientCredentials clients;

	AuthController(SignIn signIn, ClientCredentials clients) {
		this.signIn = signIn;
		this.clients = clients;
	}

	@PostMapping("/login")
	ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
		// the client's address: behind the gateway, from X-Forwarded-For
		// (server.forward-headers-strategy=native trusts it from internal proxies)
		return noStore(this.signIn.login(request, http.getRemoteAddr()));
	}

	@PostMapping("/refresh")
	ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
		return noStore(this.signIn.refresh(request.refreshToken()));
	}

	@PostMapping("/logout")
	ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
		this.signIn.logout(request.refreshToken());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The client-credentials grant (RFC 6749 4.4): the client authenticates with HTTP
	 * Basic (as Spring's OAuth2 client does) or with {@code client_id} and
	 * {@code client_secret} in the form.
	 */
	@PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<ClientTokenResponse> token(
			@RequestParam(name = "grant_type", required = false) @Nullable String grantType,
			@RequestParam(name = "client_id", required = false) @Nullable String clientId,
			@RequestParam(name = "client_secret", required = false) @Nullable String clientSecret,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		if (!"client_credentials".equals(grantType)) {
			throw new InvalidRequestException("grant_type", "must be client_credentials");
		}
		String[] credentials = (authorization != null) ? basic(authorization) : new String[] { clientId, clientSecret };
		if (credentials[0] == null || credentials[1] == null) {
			throw new Unauthorized("Client credentials are missing");
		}
		AccessTokens.AccessToken token = this.clients.authenticate(credentials[0], credentials[1])
			.orElseThrow(() -> new Unauthorized("The client id or secret is wrong"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new ClientTokenResponse(token.value(), "Bearer", token.expiresIn()));
	}

	private static @Nullable String[] basic(String authorization) {
		if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			throw new Unauthorized("Client credentials must use HTTP Basic");
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
					StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new Unauthorized("Client credentials are not valid Base64");
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			throw new Unauthorized("Client credentials must be id:secret");
		}
		// RFC 6749 2.3.1: both are form-encoded before Basic encoding
		return new String[] { formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1)) };
	}

	private static String formDecode(String value) {
		try {
			return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new Unauthorized("Client credentials are not validly encoded");
		}
	}

	private static ResponseEntity<TokenResponse> noStore(TokenResponse tokens) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(tokens);
	}

	/** The token response of RFC 6749, with its snake_case names. */
	record ClientTokenResponse(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {

	}

}
