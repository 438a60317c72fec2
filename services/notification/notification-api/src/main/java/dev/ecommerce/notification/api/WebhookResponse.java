package dev.ecommerce.notification.api;

/**
 * A seller's webhook. Each delivery is a {@code POST} of JSON with the header
 * {@code X-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>}.
 *
 * @param url where notifications are posted
 * @param secret the key of the signatures
 */
public record WebhookResponse(String url, String secret) {
}
