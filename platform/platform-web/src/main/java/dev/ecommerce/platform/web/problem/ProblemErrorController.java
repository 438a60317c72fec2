package dev.ecommerce.platform.web.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page as a problem detail: what the servlet container forwards to when an
 * error happens outside Spring MVC (a filter, a malformed URL, {@code sendError}).
 * Replaces Boot's HTML/JSON error page so that every error has the same shape.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

	private final ProblemResponseWriter writer;

	ProblemErrorController(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@RequestMapping
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		String detail = switch (status) {
			case NOT_FOUND -> "No resource at this path.";
			case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Quote the requestId if you contact us.";
			default -> status.getReasonPhrase() + ".";
		};
		this.writer.write(response,
				Problems.of(status, ProblemDetailsAdvice.typeOf(status), status.getReasonPhrase(), detail));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
