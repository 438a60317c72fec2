/**
 * Events between services: CloudEvents on Kafka, published through a transactional outbox
 * ({@link dev.ecommerce.platform.events.outbox}) and consumed at most once per consumer
 * ({@link dev.ecommerce.platform.events.inbox}).
 */
@NullMarked
package dev.ecommerce.platform.events;

import org.jspecify.annotations.NullMarked;
