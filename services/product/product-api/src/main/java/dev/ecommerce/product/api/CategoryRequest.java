package dev.ecommerce.product.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A category as an admin creates or replaces it.
 *
 * @param name its name
 * @param slug its name in URLs; made from the name when not given
 * @param parentId the category it is a sub-category of, or {@code null} for a top one
 */
public record CategoryRequest(
		@NotBlank @Size(max = 100) @Pattern(regexp = TextRules.LINE,
				message = TextRules.NO_CONTROL_CHARACTERS) String name,
		@Nullable @Size(max = 100) @Pattern(regexp = TextRules.SLUG, message = TextRules.SLUG_MESSAGE) String slug,
		@Nullable UUID parentId) {

}
