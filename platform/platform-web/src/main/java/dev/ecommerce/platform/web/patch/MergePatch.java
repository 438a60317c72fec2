package dev.ecommerce.platform.web.patch;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;
import dev.ecommerce.platform.web.problem.Problems.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;

/**
 * JSON Merge Patch (RFC 7386) of a resource: the patch is merged into the resource's
 * current request representation (members set to {@code null} are removed, objects are
 * merged member by member, anything else replaces), and the result is read as a whole new
 * request, to be validated like a {@code PUT}: <pre>
 * ProfileRequest request = MergePatch.apply(current, patch, ProfileRequest.class, jsonMapper);
 * MergePatch.validate(request, validator);
 * </pre>
 */
public final class MergePatch {

	private MergePatch() {
	}

	/**
	 * Merges a patch into the current representation.
	 * @param current the resource as a request
	 * @param patch the merge patch
	 * @param type the request type
	 * @param jsonMapper the application's mapper
	 * @return the patched request, not validated yet
	 * @throws ProblemException 400 if the patch is no object or gives a member a value of
	 * the wrong type
	 */
	public static <T> T apply(T current, JsonNode patch, Class<T> type, JsonMapper jsonMapper) {
		if (!patch.isObject()) {
			throw new InvalidRequestException("body", "must be a JSON object: a JSON Merge Patch of the resource");
		}
		JsonNode merged = merge(jsonMapper.valueToTree(current), patch);
		try {
			return jsonMapper.treeToValue(merged, type);
		}
		catch (JacksonException ex) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
					"The patch gives a member a value of the wrong type or format" + at(ex) + ".");
		}
	}

	/**
	 * Validates a request as {@code @Valid} would.
	 * @param request the request
	 * @param validator the application's validator
	 * @throws InvalidRequestException listing every invalid field, in field order
	 */
	public static void validate(Object request, Validator validator) {
		Set<ConstraintViolation<Object>> violations = validator.validate(request);
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations.stream()
				.map((violation) -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
				.sorted(Comparator.comparing(FieldError::field))
				.toList());
		}
	}

	static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target.isObject() ? (ObjectNode) target.deepCopy() : ((ObjectNode) patch).objectNode();
		for (Map.Entry<String, JsonNode> member : patch.properties()) {
			if (member.getValue().isNull()) {
				result.remove(member.getKey());
			}
			else {
				JsonNode current = result.get(member.getKey());
				result.set(member.getKey(),
						merge((current != null) ? current : result.missingNode(), member.getValue()));
			}
		}
		return result;
	}

	private static String at(JacksonException ex) {
		String path = Problems.jsonPath(ex);
		return path.isEmpty() ? "" : ": '" + path + "'";
	}

}
