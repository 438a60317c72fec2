package dev.ecommerce.platform.web.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.ecommerce.platform.web.problem.Problems.FieldError;

/**
 * Answers every error raised while handling a request with an RFC 9457 problem detail of
 * a stable type. What a client did wrong is said in its own terms (field paths, parameter
 * names); what went wrong inside is logged with the request id and never shown.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final Map<Integer, URI> TYPES_BY_STATUS = Map.ofEntries(
			Map.entry(400, ProblemTypes.MALFORMED_REQUEST), Map.entry(401, ProblemTypes.UNAUTHORIZED),
			Map.entry(403, ProblemTypes.FORBIDDEN), Map.entry(404, ProblemTypes.NOT_FOUND),
			Map.entry(405, ProblemTypes.METHOD_NOT_ALLOWED), Map.entry(406, ProblemTypes.NOT_ACCEPTABLE),
			Map.entry(409, ProblemTypes.CONFLICT), Map.entry(412, ProblemTypes.PRECONDITION_FAILED),
			Map.entry(413, ProblemTypes.PAYLOAD_TOO_LARGE), Map.entry(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE),
			Map.entry(429, ProblemTypes.TOO_MANY_REQUESTS), Map.entry(500, ProblemTypes.INTERNAL),
			Map.entry(503, ProblemTypes.SERVICE_UNAVAILABLE), Map.entry(504, ProblemTypes.GATEWAY_TIMEOUT));

	/**
	 * The type of a problem that only has a status.
	 * @param status the HTTP status
	 * @return its platform type, or {@code about:blank} for a status without one
	 */
	public static URI typeOf(HttpStatusCode status) {
		return TYPES_BY_STATUS.getOrDefault(status.value(), URI.create("about:blank"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return validation(fieldErrors(ex.getBindingResult()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach((result) -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> errors
					.add(new FieldError(String.valueOf(name), message(error.getDefaultMessage()))));
		});
		return validation(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		Class<?> type = ex.getRequiredType();
		String expected = (type != null) ? "a valid " + describe(type) : "a valid value";
		return validation(List.of(new FieldError(field, "must be " + expected)));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		return validation(List.of(new FieldError(ex.getParameterName(), "is required")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException missing) {
			return validation(List.of(new FieldError(missing.getHeaderName(), "header is required")));
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causedBy(ex, PayloadTooLargeException.class) != null) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
					causedBy(ex, PayloadTooLargeException.class).getMessage());
		}
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", unreadableBody(ex));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse errorResponse) {
			body = errorResponse.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(typeOf(status));
			}
			Problems.withRequestId(problem);
		}
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
		return (response != null) ? response : ResponseEntity.status(status).headers(headers).build();
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(leafOf(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return validation(errors);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentModification(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_MODIFICATION, "Concurrent modification",
				"The resource was changed by someone else at the same time. Read it again and retry.");
	}

	/**
	 * The database is out of reach for now: no connection free in time, a lock not
	 * granted, a deadlock victim. Nothing was written, so a client may try again.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ResponseEntity<Object> databaseBusy(DataAccessException ex) {
		log.warn("Answered 503, the database is busy or out of reach: {}", ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
					"The service is too busy to answer now; nothing was changed. Try again in a moment."));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> dataIntegrityViolation(DataIntegrityViolationException ex) {
		log.warn("Refused a change that conflicts with stored data: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
				"The change conflicts with data already stored.");
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
				ex.getMessage());
	}

	/** Method security denies inside the controller; answer as the filter chain would. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
				"Your role does not allow this request.");
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized",
				"A valid access token is required.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		log.error("Unexpected error while handling a request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
				"Something went wrong on our side. Quote the requestId if you contact us.");
	}

	private static ResponseEntity<Object> validation(List<FieldError> errors) {
		ProblemDetail problem = Problems.validation(errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, String detail) {
		return ResponseEntity.status(status).body(Problems.of(status, type, title, detail));
	}

	private static List<FieldError> fieldErrors(BindingResult result) {
		List<FieldError> errors = new ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> errors.add(new FieldError(error.getField(), message(error.getDefaultMessage()))));
		result.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldError(error.getObjectName(), message(error.getDefaultMessage()))));
		return errors;
	}

	private static String unreadableBody(HttpMessageNotReadableException ex) {
		JacksonException jackson = causedBy(ex, JacksonException.class);
		if (jackson == null) {
			return "The request body is missing or cannot be read.";
		}
		if (jackson instanceof StreamReadException) {
			return "The request body is not valid JSON.";
		}
		String path = Problems.jsonPath(jackson);
		return path.isEmpty() ? "The request body does not have the expected shape."
				: "The field '" + path + "' has a value of the wrong type or format.";
	}

	private static <T extends Throwable> @Nullable T causedBy(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "value (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")";
		}
		return switch (type.getSimpleName()) {
			case "UUID" -> "UUID";
			case "int", "Integer", "long", "Long", "short", "Short" -> "whole number";
			case "BigDecimal", "double", "Double", "float", "Float" -> "number";
			case "boolean", "Boolean" -> "boolean (true or false)";
			case "Instant", "OffsetDateTime", "ZonedDateTime" -> "ISO 8601 date-time";
			case "LocalDate" -> "ISO 8601 date";
			default -> "value";
		};
	}

	private static String leafOf(String propertyPath) {
		// "create.request.name" -> "request.name": drop the method name that method
		// validation puts first
		int dot = propertyPath.indexOf('.');
		return (dot < 0) ? propertyPath : propertyPath.substring(dot + 1);
	}

	private static String message(@Nullable String message) {
		return (message != null) ? message : "is invalid";
	}

}
