package dev.ecommerce.devstack.service;

import java.nio.file.Path;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One deployable of the shop: its name, the fixed port it listens on, the database it
 * owns (none for the gateway) and the Maven module that builds its jar.
 *
 * @param name short name, as in {@code logs/<name>.log} and {@code --services}
 * @param port the HTTP port, also used by the other services to call it
 * @param database the PostgreSQL database it owns, or {@code null}
 * @param module the module directory, relative to the project root
 * @param jarPrefix how the module's jar file names begin
 */
public record ServiceDefinition(String name, int port, @Nullable String database, Path module, String jarPrefix) {

	static final String GATEWAY = "gateway";

	/**
	 * A business service, built by {@code services/<name>/<name>-service} and owning the
	 * database {@code <name>}.
	 * @param name the short name
	 * @param port the HTTP port
	 * @return the definition
	 */
	public static ServiceDefinition service(String name, int port) {
		String artifact = name + "-service";
		return new ServiceDefinition(name, port, name, Path.of("services", name, artifact), artifact + "-");
	}

	/**
	 * The gateway, built by {@code gateway/}; it owns no database.
	 * @param port the HTTP port
	 * @return the definition
	 */
	public static ServiceDefinition gateway(int port) {
		return new ServiceDefinition(GATEWAY, port, null, Path.of(GATEWAY), GATEWAY + "-");
	}

	public boolean isGateway() {
		return GATEWAY.equals(this.name);
	}

	public Optional<String> ownDatabase() {
		return Optional.ofNullable(this.database);
	}

	public ServiceDefinition withPort(int newPort) {
		return new ServiceDefinition(this.name, newPort, this.database, this.module, this.jarPrefix);
	}

	/**
	 * The glob a user can read in a message: where the jar is expected.
	 * @return e.g. {@code services/product/product-service/target/product-service-*.jar}
	 */
	public String expectedJar() {
		return this.module.resolve("target").resolve(this.jarPrefix + "*.jar").toString();
	}

}
