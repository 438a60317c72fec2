package dev.ecommerce.payment.gateway;

import org.springframework.http.HttpHeaders;

/**
 * A webhook request as it arrived: the signature covers the exact bytes of the body.
 *
 * @param headers its headers
 * @param body its body, as sent
 */
public record WebhookDelivery(HttpHeaders headers, String body) {

}
