package dev.ecommerce.recommendation.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's browsing, reported by a storefront: {@code POST /recommendations/events}.
 *
 * @param type what they did
 * @param productId with which product
 * @param sessionId the browsing session (a guest's, or a signed-in shopper's)
 */
public record InteractionRequest(@NotNull InteractionType type, @NotNull UUID productId,
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+",
				message = "letters, digits and . _ : - only") @Nullable String sessionId) {

}
