package dev.ecommerce.user.auth;

import dev.ecommerce.user.account.Accounts;
import dev.ecommerce.user.account.ActiveAccount;
import dev.ecommerce.user.api.LoginRequest;
import dev.ecommerce.user.api.TokenResponse;
import dev.ecommerce.user.token.AccessTokens;
import dev.ecommerce.user.token.RefreshTokens;

import org.springframework.stereotype.Service;

/**
 * Logins and their refreshes: the account's password or a refresh token of its login in,
 * a new pair of tokens out.
 */
@Service
class SignIn {

	private static final String WRONG_CREDENTIALS = "The email or password is wrong";

	private static final String REFRESH_REFUSED = "The refresh token is not valid; log in again";

	private final Accounts accounts;

	private final AccessTokens accessTokens;

	private final RefreshTokens refreshTokens;

	private final LoginThrottle throttle;

	SignIn(Accounts accounts, AccessTokens accessTokens, RefreshTokens refreshTokens, LoginThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.accessTokens = accessTokens;
		this.refreshTokens = refreshTokens;
	}

	/**
	 * Logs in with email and password, unless too many attempts failed lately for the
	 * email or from the client's address.
	 */
	TokenResponse login(LoginRequest request, String clientAddress) {
		LoginThrottle.Attempt attempt = this.throttle.attempt(request.email(), clientAddress);
		ActiveAccount account = this.accounts.authenticate(request.email(), request.password())
			.orElseThrow(() -> new Unauthorized(WRONG_CREDENTIALS));
		this.throttle.succeeded(attempt);
		return pair(account, this.refreshTokens.start(account.userId()));
	}

	TokenResponse refresh(String refreshToken) {
		RefreshTokens.Rotation rotation = this.refreshTokens.rotate(refreshToken)
			.orElseThrow(() -> new Unauthorized(REFRESH_REFUSED));
		ActiveAccount account = this.accounts.active(rotation.userId()).orElse(null);
		if (account == null) {
			// disabled or closed since the login: none of its logins goes on
			this.refreshTokens.revokeAll(rotation.userId(), null);
			throw new Unauthorized(REFRESH_REFUSED);
		}
		return pair(account, rotation.next());
	}

	void logout(String refreshToken) {
		this.refreshTokens.revoke(refreshToken);
	}

	private TokenResponse pair(ActiveAccount account, String refreshToken) {
		AccessTokens.AccessToken access = this.accessTokens.issue(account.userId(), account.roles());
		return new TokenResponse(access.value(), "Bearer", access.expiresIn(), refreshToken);
	}

}
