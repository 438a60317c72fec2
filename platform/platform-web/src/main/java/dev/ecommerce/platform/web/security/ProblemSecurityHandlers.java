package dev.ecommerce.platform.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

import dev.ecommerce.platform.web.problem.ProblemResponseWriter;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;

/**
 * 401 and 403 as problem details. The detail never says which check a token failed: that
 * would help whoever forges one. A token that cannot be checked now (the keys cannot be
 * fetched from the user service) is a 503 to retry, not a 401 and not a 500.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

	private final ProblemResponseWriter writer;

	ProblemSecurityHandlers(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		boolean tokenGiven = authException instanceof InvalidBearerTokenException
				|| request.getHeader("Authorization") != null;
		response.setHeader("WWW-Authenticate", tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
		this.writer.write(response, Problems.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
				tokenGiven ? "The access token is not valid." : "An access token is required."));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof AuthenticationServiceException) {
			response.setHeader("Retry-After", "5");
			this.writer.write(response,
					Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
							"Access tokens cannot be checked right now; nothing was changed. Try again in a moment."));
			return;
		}
		commence(request, response, exception);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		this.writer.write(response, Problems.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Your role does not allow this request."));
	}

}
