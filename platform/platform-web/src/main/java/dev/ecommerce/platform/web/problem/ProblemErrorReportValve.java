package dev.ecommerce.platform.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import dev.ecommerce.platform.web.requestid.RequestIdFilter;

/**
 * Tomcat's error report as a problem detail: what Tomcat answers by itself, before any
 * servlet runs, for a request it cannot take, such as a request line or headers larger
 * than {@code server.max-http-request-header-size}. Everything else reaches Spring MVC
 * and its problem details; this valve writes nothing when a body has been written.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private final ProblemResponseWriter writer;

	public ProblemErrorReportValve(ProblemResponseWriter writer) {
		this.writer = writer;
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		if (status == null || !status.isError() || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String detail = (status == HttpStatus.BAD_REQUEST)
				? "The request line or its headers are malformed or too large." : status.getReasonPhrase() + ".";
		ProblemDetail problem = Problems.of(status, ProblemDetailsAdvice.typeOf(status), status.getReasonPhrase(),
				detail);
		// the request id filter has not run: this request gets its id here
		String requestId = UUID.randomUUID().toString();
		problem.setProperty("requestId", requestId);
		String body = this.writer.toJson(problem);
		try {
			response.setHeader(RequestIdFilter.HEADER, requestId);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer reporter = response.getReporter();
			if (reporter != null) {
				reporter.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot be written: nothing to tell it
		}
	}

}
