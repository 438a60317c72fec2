package dev.ecommerce.payment.gateway.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sandbox gateway.
 *
 * @param enabled whether payments may name it (the default, for local runs and tests)
 * @param webhookSecret signs sandbox webhooks (Stripe's scheme, header
 * {@code Sandbox-Signature}): how a 3-D Secure payment is completed or failed
 */
@ConfigurationProperties("ecommerce.payment.sandbox")
public record SandboxProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("whsec_sandbox_local_only") String webhookSecret) {

}
