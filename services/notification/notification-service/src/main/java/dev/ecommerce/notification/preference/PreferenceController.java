package dev.ecommerce.notification.preference;

import dev.ecommerce.notification.Caller;
import dev.ecommerce.notification.api.Preferences;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PreferenceController {

	private final PreferenceStore preferences;

	PreferenceController(PreferenceStore preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/notifications/preferences")
	Preferences get(@AuthenticationPrincipal Jwt jwt) {
		return this.preferences.of(Caller.of(jwt).id());
	}

	@PutMapping("/notifications/preferences")
	@Transactional
	Preferences put(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Preferences preferences) {
		this.preferences.save(Caller.of(jwt).id(), preferences);
		return preferences;
	}

}
