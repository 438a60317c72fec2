package dev.ecommerce.devstack.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka broker in KRaft mode running inside this JVM: Kafka's own server
 * class, the same code as a production broker, acting as broker and as its own
 * controller.
 */
public final class EmbeddedBroker implements Broker {

	private static final int NODE_ID = 1;

	private final KafkaConfig config;

	private volatile KafkaRaftServer server;

	private final int port;

	private final Path logDirectory;

	private EmbeddedBroker(KafkaConfig config, KafkaRaftServer server, int port, Path logDirectory) {
		this.config = config;
		this.server = server;
		this.port = port;
		this.logDirectory = logDirectory;
	}

	/**
	 * Formats an empty log directory and starts the broker on it.
	 * @param port the port clients connect to
	 * @param controllerPort the port of the internal controller listener
	 * @param logDirectory where the topics' logs go; emptied first
	 * @return the running broker
	 */
	public static EmbeddedBroker start(int port, int controllerPort, Path logDirectory) {
		try {
			deleteRecursively(logDirectory);
			Files.createDirectories(logDirectory);
			KafkaConfig config = new KafkaConfig(
					BrokerProperties.singleNode(NODE_ID, port, controllerPort, logDirectory));
			format(logDirectory);
			KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
			server.startup();
			return new EmbeddedBroker(config, server, port, logDirectory);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot start the embedded Kafka broker on port " + port + ": "
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse(""), ex);
		}
	}

	/**
	 * A KRaft node refuses to start on an unformatted directory; this is what
	 * kafka-storage.sh format does.
	 */
	private static void format(Path logDirectory) throws Exception {
		new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
			.setClusterId(Uuid.randomUuid().toString())
			.setNodeId(NODE_ID)
			.setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
			.setMetadataLogDirectory(logDirectory.toString())
			.addDirectory(logDirectory.toString())
			.setReleaseVersion(MetadataVersion.latestProduction())
			.run();
	}

	@Override
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	@Override
	public String description() {
		return "embedded Kafka (KRaft)";
	}

	/**
	 * Stops the broker and starts it again on the same port and logs, as an operator's
	 * restart would: what was written before is still there, and clients reconnect.
	 */
	public synchronized void restart() {
		this.server.shutdown();
		this.server.awaitShutdown();
		KafkaRaftServer restarted = new KafkaRaftServer(this.config, Time.SYSTEM);
		restarted.startup();
		this.server = restarted;
	}

	@Override
	public synchronized void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
		try {
			// the next start formats a new one anyway
			deleteRecursively(this.logDirectory);
		}
		catch (IOException ex) {
			// left for the next start to delete
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
