/**
 * Publishing through a transactional outbox:
 * {@link dev.ecommerce.platform.events.outbox.Outbox} records an event in the business
 * transaction; a relay sends it to Kafka after commit, as a CloudEvent in binary mode, in
 * publish order.
 */
@NullMarked
package dev.ecommerce.platform.events.outbox;

import org.jspecify.annotations.NullMarked;
