package dev.ecommerce.product.catalog;

import java.util.Map;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;
import dev.ecommerce.product.api.ProductRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;

/**
 * JSON Merge Patch (RFC 7386) of a product: the patch is merged into the product's
 * current representation (members set to {@code null} are removed, objects are merged
 * member by member, anything else replaces), and the result is read as a whole new
 * request, to be validated like a {@code PUT}.
 */
final class ProductMergePatch {

	private ProductMergePatch() {
	}

	static ProductRequest apply(ProductRequest current, JsonNode patch, JsonMapper jsonMapper) {
		if (!patch.isObject()) {
			throw new InvalidRequestException("body", "must be a JSON object: a JSON Merge Patch of the product");
		}
		JsonNode merged = merge(jsonMapper.valueToTree(current), patch);
		try {
			return jsonMapper.treeToValue(merged, ProductRequest.class);
		}
		catch (JacksonException ex) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
					"The patch gives a member a value of the wrong type or format" + at(ex) + ".");
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
