package dev.ecommerce.platform.events.outbox;

import dev.ecommerce.platform.events.EventsProperties;
import org.jspecify.annotations.Nullable;

/**
 * Where this service's events go and whom they name as their source.
 *
 * @param topic the Kafka topic
 * @param source the CloudEvents {@code source}
 */
record EventOrigin(String topic, String source) {

	/** The name a service without {@code spring.application.name} goes by. */
	static final String UNNAMED = "application";

	private static final String SERVICE_SUFFIX = "-service";

	/**
	 * The configured topic and source, or those that follow from the application's name:
	 * {@code product-service} publishes to {@code product.events} as
	 * {@code /product-service}.
	 */
	static EventOrigin of(EventsProperties properties, @Nullable String applicationName) {
		String name = (applicationName != null && !applicationName.isBlank()) ? applicationName.trim() : UNNAMED;
		String topic = properties.topic();
		String source = properties.source();
		return new EventOrigin(hasText(topic) ? topic : defaultTopic(name), hasText(source) ? source : "/" + name);
	}

	private static String defaultTopic(String applicationName) {
		String base = applicationName;
		if (base.endsWith(SERVICE_SUFFIX) && base.length() > SERVICE_SUFFIX.length()) {
			base = base.substring(0, base.length() - SERVICE_SUFFIX.length());
		}
		return base + ".events";
	}

	private static boolean hasText(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
