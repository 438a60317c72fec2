package dev.ecommerce.devstack.kafka;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The configuration of a one-node cluster: every internal topic with a replication factor
 * of 1, no initial rebalance delay (consumers join at once) and topics created on first
 * use, as the services expect from a development broker.
 */
final class BrokerProperties {

	static final String CONTROLLER_LISTENER = "CONTROLLER";

	private BrokerProperties() {
	}

	static Properties singleNode(int nodeId, int port, int controllerPort, Path logDirectory) {
		Properties properties = new Properties();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", Integer.toString(nodeId));
		properties.put("controller.quorum.voters", nodeId + "@localhost:" + controllerPort);
		properties.put("controller.listener.names", CONTROLLER_LISTENER);
		properties.put("listeners",
				"PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("log.dirs", logDirectory.toString());
		properties.put("auto.create.topics.enable", "true");
		properties.put("num.partitions", "3");
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("offsets.topic.num.partitions", "5");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		properties.put("transaction.state.log.num.partitions", "5");
		properties.put("share.coordinator.state.topic.replication.factor", "1");
		properties.put("share.coordinator.state.topic.min.isr", "1");
		properties.put("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

}
