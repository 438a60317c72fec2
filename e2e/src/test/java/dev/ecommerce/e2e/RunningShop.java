package dev.ecommerce.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ecommerce.devstack.Stack;
import dev.ecommerce.devstack.StackOptions;
import dev.ecommerce.devstack.service.JarFinder;
import dev.ecommerce.devstack.service.ServiceDefinition;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole shop once per test run, with devstack, and gives tests the running
 * {@link Stack} (to stop, kill or restart a service) and a {@link ShopClient} for the
 * gateway. The stack is kept in the root context's store, which closes it when the run
 * ends.
 */
public class RunningShop implements BeforeAllCallback, ParameterResolver {

	/** How far the tests' ports are from those of {@code ./shop up}. */
	static final int PORT_OFFSET = 10_000;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningShop.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		stack(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Stack.class || type == ShopClient.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Stack stack = stack(context);
		return (parameter.getParameter().getType() == Stack.class) ? stack : new ShopClient(stack.gatewayUrl());
	}

	private static Stack stack(ExtensionContext context) {
		return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Stack.class, (key) -> start(), Stack.class);
	}

	private static Stack start() {
		Path root = projectRoot();
		Path target = root.resolve("e2e").resolve("target");
		// logs, data and ports away from a developer's ./shop up: the ports are ./shop
		// up's
		// plus PORT_OFFSET (gateway 18080, services 18081-18089, PostgreSQL 25432, Kafka
		// 19092)
		Map<String, String> environment = new java.util.HashMap<>(System.getenv());
		// one start per run, usually of a fresh build: recording class archives (ADR 16)
		// would only add their writing to the end of every run, unless asked for
		environment.putIfAbsent("SHOP_CLASS_ARCHIVES", "off");
		StackOptions defaults = StackOptions.fromEnvironment(root, environment);
		Map<String, Integer> ports = defaults.catalog()
			.all()
			.stream()
			.collect(Collectors.toMap(ServiceDefinition::name, (service) -> service.port() + PORT_OFFSET));
		StackOptions options = defaults
			.withPorts(defaults.postgresPort() + PORT_OFFSET, defaults.kafkaPort() + PORT_OFFSET, ports)
			.withMailPorts(defaults.smtpPort() + PORT_OFFSET, defaults.imapPort() + PORT_OFFSET)
			.withDirectories(target.resolve("stack-logs"), target.resolve("stack"))
			// a test machine may be shared and busy: slow is not broken
			.withStartTimeout(Duration.ofMinutes(5))
			.withProgress((line) -> System.out.println("[e2e] " + line));
		// checked first: every test class would otherwise start PostgreSQL and Kafka only
		// to fail
		JarFinder.Lookup gateway = new JarFinder(root).find(options.catalog().gateway());
		if (gateway.jar().isEmpty()) {
			throw new IllegalStateException(
					"the gateway is " + gateway.reason() + "; ./mvnw verify packages it before these tests run");
		}
		return Stack.start(options);
	}

	private static Path projectRoot() {
		String configured = System.getProperty("shop.root");
		Path start = (configured != null) ? Path.of(configured) : Path.of("").toAbsolutePath();
		for (Path directory = start.toAbsolutePath().normalize(); directory != null; directory = directory
			.getParent()) {
			if (Files.isDirectory(directory.resolve("devstack")) && Files.isRegularFile(directory.resolve("mvnw"))) {
				return directory;
			}
		}
		throw new IllegalStateException("cannot find the project root (with mvnw and devstack/) from " + start);
	}

}
