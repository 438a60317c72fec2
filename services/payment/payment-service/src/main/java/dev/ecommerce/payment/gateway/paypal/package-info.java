/**
 * PayPal's Orders v2 REST API over Spring's {@code RestClient}: OAuth2 client
 * credentials, orders created and captured, captures refunded, webhooks verified by
 * PayPal's verification endpoint.
 */
@NullMarked
package dev.ecommerce.payment.gateway.paypal;

import org.jspecify.annotations.NullMarked;
