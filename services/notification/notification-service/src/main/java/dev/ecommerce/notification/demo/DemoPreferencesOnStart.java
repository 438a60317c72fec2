package dev.ecommerce.notification.demo;

import java.util.Map;
import java.util.UUID;

import dev.ecommerce.notification.api.Preferences;
import dev.ecommerce.notification.preference.PreferenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the {@code demo} profile, gives the user service's demo accounts (their fixed ids)
 * preferences to show: the demo customer accepts offers, so that a campaign reaches it;
 * the demo seller reads its mail in German. Preferences a user has set are kept.
 */
@Component
@Profile("demo")
class DemoPreferencesOnStart {

	private static final Logger logger = LoggerFactory.getLogger(DemoPreferencesOnStart.class);

	static final Map<UUID, Preferences> DEMO = Map.of(UUID.fromString("c0570000-de30-4000-8000-000000000001"),
			new Preferences(new Preferences.Channels(true, false, true),
					new Preferences.Categories(true, true, true, true), "en"),
			UUID.fromString("5e11e700-de30-4000-8000-000000000001"),
			new Preferences(new Preferences.Channels(true, false, true),
					new Preferences.Categories(true, true, false, true), "de"));

	private final PreferenceStore preferences;

	private final JdbcClient jdbc;

	DemoPreferencesOnStart(PreferenceStore preferences, JdbcClient jdbc) {
		this.preferences = preferences;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		DEMO.forEach((user, demo) -> {
			boolean set = this.jdbc.sql("SELECT count(*) FROM preference WHERE user_id = ?")
				.param(user)
				.query(Long.class)
				.single() > 0;
			if (!set) {
				this.preferences.save(user, demo);
			}
		});
		logger.info("Demo preferences: the demo customer accepts offers, the demo seller reads German");
	}

}
