package dev.ecommerce.notification.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a seller wants its notifications posted.
 *
 * @param url an http or https URL
 */
public record WebhookRequest(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+",
		message = "must be an http or https URL") String url) {
}
