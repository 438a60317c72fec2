package dev.ecommerce.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The route table as a deployment sees it: the shipped defaults plus its environment. */
class GatewayPropertiesTests {

	@Test
	void withNothingSetEveryServiceIsOnItsPortOfThePortTable() throws IOException {
		GatewayProperties gateway = bind(Map.of());

		assertThat(gateway.services()).containsOnlyKeys("product", "inventory", "order", "payment", "user", "cart",
				"shipping", "recommendation", "notification");
		assertThat(gateway.services().get("product").url()).isEqualTo(URI.create("http://localhost:8081"));
		assertThat(gateway.services().get("notification").url()).isEqualTo(URI.create("http://localhost:8089"));
		assertThat(gateway.services().get("user").paths()).containsExactly("/auth/**", "/users/**",
				"/.well-known/jwks.json");
		assertThat(gateway.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(gateway.readTimeout()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void anEnvironmentVariableMovesOneServiceAndKeepsItsPaths() throws IOException {
		GatewayProperties gateway = bind(Map.of("ECOMMERCE_GATEWAY_SERVICES_PRODUCT_URL", "http://product:8081",
				"ECOMMERCE_GATEWAY_READ_TIMEOUT", "5s"));

		assertThat(gateway.services().get("product").url()).isEqualTo(URI.create("http://product:8081"));
		assertThat(gateway.services().get("product").paths()).containsExactly("/products/**", "/categories/**");
		assertThat(gateway.services().get("order").url()).isEqualTo(URI.create("http://localhost:8083"));
		assertThat(gateway.readTimeout()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void aServiceUrlWithAPathIsRefusedRatherThanSilentlyIgnored() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new GatewayProperties.Service(URI.create("http://product:8081/api"), List.of("/products/**")))
			.withMessageContaining("scheme, host and port only");
	}

	private static GatewayProperties bind(Map<String, Object> environmentVariables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("environment", environmentVariables));
		List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yaml",
				new ClassPathResource("application.yaml"));
		yaml.forEach(environment.getPropertySources()::addLast);
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment).bind("ecommerce.gateway", GatewayProperties.class).get();
	}

}
