package dev.ecommerce.shipping.shipment;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How carriers' webhooks prove who they are ({@code shipping.webhooks.*}).
 *
 * @param secret the secret shared with the carriers, with which they sign each body
 * (HMAC-SHA256, hex, in {@code X-Webhook-Signature}); none: only admins may post tracking
 * events
 */
@ConfigurationProperties("shipping.webhooks")
record WebhookProperties(@Nullable String secret) {

}
