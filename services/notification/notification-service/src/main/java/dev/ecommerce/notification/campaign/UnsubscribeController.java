package dev.ecommerce.notification.campaign;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.notification.dispatch.Templates;
import dev.ecommerce.notification.preference.PreferenceStore;
import dev.ecommerce.notification.preference.UnsubscribeLinks;
import dev.ecommerce.platform.web.problem.InvalidRequestException;

import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed unsubscribe link of marketing mail, without signing in. {@code POST} is the
 * one-click unsubscribe of RFC 8058 (what mail clients send for
 * {@code List-Unsubscribe-Post}); {@code GET}, which link scanners also fetch, changes
 * nothing and shows a page with a button that posts.
 */
@RestController
class UnsubscribeController {

	private final UnsubscribeLinks links;

	private final PreferenceStore preferences;

	private final Templates templates;

	UnsubscribeController(UnsubscribeLinks links, PreferenceStore preferences, Templates templates) {
		this.links = links;
		this.preferences = preferences;
		this.templates = templates;
	}

	@GetMapping(path = "/notifications/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	String confirm(@RequestParam String token) {
		UUID user = verified(token);
		return this.templates.page("unsubscribe", locale(user), Map.of("token", token, "done", false));
	}

	@PostMapping(path = "/notifications/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
	@Transactional
	String unsubscribe(@RequestParam String token) {
		UUID user = verified(token);
		this.preferences.unsubscribeFromMarketing(user);
		return this.templates.page("unsubscribe", locale(user), Map.of("token", token, "done", true));
	}

	private UUID verified(String token) {
		return this.links.verify(token)
			.orElseThrow(() -> new InvalidRequestException("token", "is not a valid unsubscribe link"));
	}

	private Locale locale(UUID user) {
		return Locale.forLanguageTag(this.preferences.of(user).locale());
	}

}
