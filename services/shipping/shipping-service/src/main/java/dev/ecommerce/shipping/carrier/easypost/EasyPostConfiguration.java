package dev.ecommerce.shipping.carrier.easypost;

import dev.ecommerce.shipping.carrier.SenderProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * Adds the multi-carrier API's carriers to the quotes when
 * {@code shipping.easypost.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("shipping.easypost.enabled")
class EasyPostConfiguration {

	@Bean
	EasyPostNetwork easyPostNetwork(RestClient.Builder builder, EasyPostProperties properties,
			SenderProperties sender) {
		return new EasyPostNetwork(builder, properties, sender);
	}

}
