/**
 * What the service asks of a payment gateway, whichever it is: charge, find a charge made
 * earlier under our idempotency key, refund, and read a webhook whose signature it
 * checks. The gateways themselves live in the sub-packages; nothing here knows them.
 */
@NullMarked
package dev.ecommerce.payment.gateway;

import org.jspecify.annotations.NullMarked;
