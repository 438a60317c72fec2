package dev.ecommerce.platform.events.outbox;

import java.util.Map;

import dev.ecommerce.platform.events.EventsProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class EventOriginTests {

	@Test
	void aServicePublishesToTheTopicNamedAfterItWithoutTheServiceSuffix() {
		EventOrigin origin = EventOrigin.of(defaults(), "product-service");

		assertThat(origin.topic()).isEqualTo("product.events");
		assertThat(origin.source()).isEqualTo("/product-service");
	}

	@Test
	void aNameWithoutTheServiceSuffixIsUsedWhole() {
		EventOrigin origin = EventOrigin.of(defaults(), "gateway");

		assertThat(origin.topic()).isEqualTo("gateway.events");
		assertThat(origin.source()).isEqualTo("/gateway");
	}

	@Test
	void aNameThatIsOnlyTheSuffixIsKept() {
		assertThat(EventOrigin.of(defaults(), "-service").topic()).isEqualTo("-service.events");
	}

	@Test
	void anUnnamedApplicationStillHasATopicAndASource() {
		EventOrigin origin = EventOrigin.of(defaults(), null);

		assertThat(origin.topic()).isEqualTo("application.events");
		assertThat(origin.source()).isEqualTo("/application");
		assertThat(EventOrigin.of(defaults(), " ")).isEqualTo(origin);
	}

	@Test
	void aConfiguredTopicAndSourceWin() {
		EventsProperties properties = bind(new MapConfigurationPropertySource(Map.of("ecommerce.events.topic",
				"catalog.events", "ecommerce.events.source", "https://shop.example/catalog")));

		EventOrigin origin = EventOrigin.of(properties, "product-service");

		assertThat(origin.topic()).isEqualTo("catalog.events");
		assertThat(origin.source()).isEqualTo("https://shop.example/catalog");
	}

	private static EventsProperties defaults() {
		return bind(new MapConfigurationPropertySource());
	}

	private static EventsProperties bind(MapConfigurationPropertySource source) {
		return new Binder(source).bindOrCreate("ecommerce.events", EventsProperties.class);
	}

}
