package dev.ecommerce.devstack.kafka;

/**
 * The Kafka broker that carries the services' events.
 */
public interface Broker extends AutoCloseable {

	/**
	 * What clients put in {@code bootstrap.servers}.
	 * @return {@code host:port[,host:port]}
	 */
	String bootstrapServers();

	String description();

	/** Stops the broker if this program started it; leaves an external one running. */
	@Override
	void close();

}
