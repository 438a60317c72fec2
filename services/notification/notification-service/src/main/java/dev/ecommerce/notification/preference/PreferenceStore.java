package dev.ecommerce.notification.preference;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.ecommerce.notification.api.Preferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each user's preferences; a user who never set any has the {@link #DEFAULTS}: every
 * channel but SMS, every category but marketing (which needs an opt-in), English.
 */
@Repository
public class PreferenceStore {

	public static final Preferences DEFAULTS = new Preferences(new Preferences.Channels(true, false, true),
			new Preferences.Categories(true, true, false, true), "en");

	private final JdbcClient jdbc;

	private final Clock clock;

	PreferenceStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Preferences of(UUID userId) {
		return this.jdbc.sql("SELECT * FROM preference WHERE user_id = ?")
			.param(userId)
			.query((rs, n) -> new Preferences(
					new Preferences.Channels(rs.getBoolean("email"), rs.getBoolean("sms"), rs.getBoolean("in_app")),
					new Preferences.Categories(rs.getBoolean("order_updates"), rs.getBoolean("shipping"),
							rs.getBoolean("marketing"), rs.getBoolean("account")),
					rs.getString("locale")))
			.optional()
			.orElse(DEFAULTS);
	}

	public void save(UUID userId, Preferences preferences) {
		this.jdbc.sql("""
				INSERT INTO preference (user_id, email, sms, in_app, order_updates, shipping, marketing, account,
					locale, updated_at)
				VALUES (:user, :email, :sms, :inApp, :orderUpdates, :shipping, :marketing, :account, :locale, :now)
				ON CONFLICT (user_id) DO UPDATE SET email = :email, sms = :sms, in_app = :inApp,
					order_updates = :orderUpdates, shipping = :shipping, marketing = :marketing, account = :account,
					locale = :locale, updated_at = :now""")
			.param("user", userId)
			.param("email", preferences.channels().email())
			.param("sms", preferences.channels().sms())
			.param("inApp", preferences.channels().inApp())
			.param("orderUpdates", preferences.categories().orderUpdates())
			.param("shipping", preferences.categories().shipping())
			.param("marketing", preferences.categories().marketing())
			.param("account", preferences.categories().account())
			.param("locale", preferences.locale())
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	public void unsubscribeFromMarketing(UUID userId) {
		Preferences current = of(userId);
		save(userId,
				new Preferences(
						current.channels(), new Preferences.Categories(current.categories().orderUpdates(),
								current.categories().shipping(), false, current.categories().account()),
						current.locale()));
	}

}
