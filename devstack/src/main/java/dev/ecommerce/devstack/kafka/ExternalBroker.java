package dev.ecommerce.devstack.kafka;

/**
 * A broker that runs already, named by {@code SHOP_KAFKA_BOOTSTRAP_SERVERS}.
 *
 * @param bootstrapServers where it is
 */
public record ExternalBroker(String bootstrapServers) implements Broker {

	@Override
	public String description() {
		return "external Kafka at " + this.bootstrapServers;
	}

	@Override
	public void close() {
		// not ours to stop
	}

}
