/**
 * The Kafka broker the services use: an embedded single-node KRaft broker, or an existing
 * one named by the environment.
 */
@NullMarked
package dev.ecommerce.devstack.kafka;

import org.jspecify.annotations.NullMarked;
