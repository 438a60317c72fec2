package dev.ecommerce.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The services behind the gateway and how long to wait for them.
 *
 * <p>
 * The route table lives in {@code application.yaml} rather than in code so that a
 * deployment only overrides what differs, typically one URL per service
 * ({@code ECOMMERCE_GATEWAY_SERVICES_PRODUCT_URL=http://product:8081}): map entries bind
 * key by key across property sources, so the paths keep their defaults.
 *
 * @param services the services by name ({@code product}, {@code order}, ...)
 * @param connectTimeout how long to wait for a connection to a service before answering
 * 503
 * @param readTimeout how long to wait for a service's answer before answering 504
 */
@Validated
@ConfigurationProperties("ecommerce.gateway")
public record GatewayProperties(@NotEmpty Map<String, @Valid Service> services,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout) {

	/**
	 * One service behind the gateway.
	 *
	 * @param url where it listens, scheme, host and port only: the request's path is
	 * forwarded as it came
	 * @param paths the path patterns it owns, such as {@code /products/**}
	 */
	public record Service(@NotNull URI url, @NotEmpty List<String> paths) {

		public Service {
			if (url != null && url.getRawPath() != null && !url.getRawPath().isEmpty()
					&& !"/".equals(url.getRawPath())) {
				throw new IllegalArgumentException(
						"A service URL is scheme, host and port only; the gateway forwards the request's own path: "
								+ url);
			}
		}

	}

}
