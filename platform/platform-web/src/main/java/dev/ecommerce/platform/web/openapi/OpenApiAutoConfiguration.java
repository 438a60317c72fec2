package dev.ecommerce.platform.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Each service's OpenAPI document at {@code /v3/api-docs}: its name and version, and the
 * bearer token scheme every protected call uses.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiAutoConfiguration {

	static final String BEARER = "bearer-jwt";

	@Bean
	@ConditionalOnMissingBean
	OpenAPI serviceOpenApi(Environment environment) {
		String name = environment.getProperty("spring.application.name", "service");
		String version = environment.getProperty("ecommerce.api.version", "0.1.0");
		return new OpenAPI()
			.info(new Info().title(name)
				.version(version)
				.description("The " + name + " of the e-commerce platform. Errors are RFC 9457 problem details.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
