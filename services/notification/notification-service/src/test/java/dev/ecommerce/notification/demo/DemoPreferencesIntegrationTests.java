package dev.ecommerce.notification.demo;

import java.util.UUID;

import dev.ecommerce.notification.ServiceIntegrationTest;
import dev.ecommerce.notification.api.Preferences;
import dev.ecommerce.notification.preference.PreferenceStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPreferencesIntegrationTests extends ServiceIntegrationTest {

	private static final UUID CUSTOMER = UUID.fromString("c0570000-de30-4000-8000-000000000001");

	private static final UUID SELLER = UUID.fromString("5e11e700-de30-4000-8000-000000000001");

	@Autowired
	private PreferenceStore preferences;

	@Test
	void theDemoCustomerAcceptsOffersAndWhatAUserSetIsKept() {
		Preferences chosen = new Preferences(new Preferences.Channels(false, false, false),
				new Preferences.Categories(false, false, false, false), "en");
		this.preferences.save(SELLER, chosen);

		new DemoPreferencesOnStart(this.preferences, this.jdbc).load();
		new DemoPreferencesOnStart(this.preferences, this.jdbc).load();

		assertThat(this.preferences.of(CUSTOMER).categories().marketing()).isTrue();
		assertThat(this.preferences.of(SELLER)).as("set by the user before").isEqualTo(chosen);
	}

}
