/**
 * Consuming events: {@link dev.ecommerce.platform.events.inbox.IncomingEvent} reads a
 * CloudEvent from a Kafka record,
 * {@link dev.ecommerce.platform.events.inbox.HandledEvents} applies its effect once per
 * consumer however often it is delivered, and failed records end up on a dead-letter
 * topic after bounded retries.
 */
@NullMarked
package dev.ecommerce.platform.events.inbox;

import org.jspecify.annotations.NullMarked;
