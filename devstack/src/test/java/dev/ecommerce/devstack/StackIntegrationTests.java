package dev.ecommerce.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.ecommerce.devstack.port.PortCheck;
import dev.ecommerce.devstack.service.JavaCommand;
import dev.ecommerce.devstack.service.ServiceCatalog;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A real stack (embedded PostgreSQL and Kafka) whose "services" are {@link FakeService}s,
 * on free ports so that a stack the developer runs is not disturbed.
 */
class StackIntegrationTests {

	@TempDir
	Path root;

	private final List<String> progress = new CopyOnWriteArrayList<>();

	@Test
	void startsTheDatabasesTheBrokerAndEveryBuiltServiceThenStopsEverything() throws Exception {
		StackOptions options = options(List.of());
		FakeServiceJars.build(this.root, options.catalog().get("product"));
		FakeServiceJars.build(this.root, options.catalog().gateway());
		long productPid;
		try (Stack stack = Stack.start(options)) {
			assertThat(stack.running()).containsExactly("gateway", "product");
			assertThat(stack.skipped()).containsOnlyKeys("inventory", "order", "payment", "user", "cart", "shipping",
					"recommendation", "notification");
			assertThat(this.progress).anySatisfy((line) -> assertThat(line).contains("product").contains("ready in"));
			assertDatabaseExists(stack, "order");
			assertTopicCanBeCreated(stack);
			assertThat(get(options, "product", "/env")).contains("SPRING_DATASOURCE_URL=" + stack.jdbcUrl("product"))
				.contains("SPRING_KAFKA_BOOTSTRAP_SERVERS=" + stack.kafkaBootstrapServers());
			productPid = new dev.ecommerce.devstack.run.RunDirectory(options.runDirectory()).livePid("product")
				.orElseThrow();
		}
		assertThat(ProcessHandle.of(productPid)).isEmpty();
		assertThat(List.of(options.postgresPort(), options.kafkaPort(), port(options, "product"),
				port(options, "gateway")))
			.allSatisfy((port) -> assertThat(PortCheck.isFree(port)).as("port %d is free", port).isTrue());
		assertThat(options.runDirectory().resolve("pids")).isEmptyDirectory();
		assertThat(options.runDirectory().resolve("jars")).isEmptyDirectory();
	}

	@Test
	void aKilledServiceIsGoneAtOnceAndComesBackWhenStartedAgain() throws Exception {
		StackOptions options = options(List.of("product"));
		FakeServiceJars.build(this.root, options.catalog().get("product"));
		try (Stack stack = Stack.start(options)) {
			stack.kill("product");
			assertThat(stack.isRunning("product")).isFalse();
			assertThat(PortCheck.isFree(port(options, "product"))).isTrue();

			stack.start("product");
			assertThat(stack.isRunning("product")).isTrue();
			assertThat(get(options, "product", "/actuator/health/readiness")).contains("UP");

			stack.stopService("product");
			assertThat(stack.isRunning("product")).isFalse();
		}
		assertThat(this.root.resolve("logs/product.log")).content().contains("starting product").contains("listening");
	}

	@Test
	void aServiceThatExitsDuringStartUpIsNamedWithItsLogAndNothingIsLeftRunning() throws IOException {
		StackOptions options = options(List.of("product"))
			.withJava(new JavaCommand(javaOf(options(List.of())), List.of("-Dfake.mode=exit")));
		FakeServiceJars.build(this.root, options.catalog().get("product"));

		assertThatExceptionOfType(StackStartException.class).isThrownBy(() -> Stack.start(options))
			.withMessage("product exited during start-up (exit code 3), see logs/product.log");
		assertNothingRuns(options);
	}

	@Test
	void aServiceNotReadyInTimeIsNamedAndStopped() throws IOException {
		StackOptions options = options(List.of("product"))
			.withJava(new JavaCommand(javaOf(options(List.of())), List.of("-Dfake.mode=never-ready")))
			.withStartTimeout(java.time.Duration.ofSeconds(3));
		FakeServiceJars.build(this.root, options.catalog().get("product"));

		assertThatExceptionOfType(StackStartException.class).isThrownBy(() -> Stack.start(options))
			.withMessage("product is not ready after 3 s, see logs/product.log");
		assertNothingRuns(options);
	}

	@Test
	void aBusyPortStopsTheStartBeforeAnythingRuns() throws IOException {
		StackOptions options = options(List.of("product"));
		FakeServiceJars.build(this.root, options.catalog().get("product"));
		try (ServerSocket taken = new ServerSocket(port(options, "product"))) {
			assertThatExceptionOfType(StackStartException.class).isThrownBy(() -> Stack.start(options))
				.withMessage("port " + taken.getLocalPort()
						+ " (product) is already in use (is a stack already running? try ./shop down)");
		}
		assertThat(options.runDirectory().resolve("pids/postgres.pid")).doesNotExist();
		assertThat(this.root.resolve("logs/product.log")).doesNotExist();
	}

	private StackOptions options(List<String> services) {
		Map<String, Integer> ports = new java.util.HashMap<>();
		ServiceCatalog.standard().names().forEach((name) -> ports.put(name, PortCheck.anyFree()));
		return StackOptions.fromEnvironment(this.root, Map.of())
			.withPorts(PortCheck.anyFree(), PortCheck.anyFree(), ports)
			.withServices(services)
			.withStartTimeout(java.time.Duration.ofSeconds(60))
			.withProgress((line) -> {
				this.progress.add(line);
				System.out.println(java.time.LocalTime.now() + line);
			});
	}

	private static String javaOf(StackOptions options) {
		return options.java().toRun(Path.of("x.jar")).get(0);
	}

	private static int port(StackOptions options, String name) {
		return options.catalog().get(name).port();
	}

	private void assertNothingRuns(StackOptions options) {
		assertThat(options.runDirectory().resolve("pids")).isEmptyDirectory();
		List<Integer> ports = new ArrayList<>(List.of(options.postgresPort(), options.kafkaPort()));
		ports.add(port(options, "product"));
		assertThat(ports).allSatisfy((port) -> assertThat(PortCheck.isFree(port)).as("port %d is free", port).isTrue());
	}

	private static void assertDatabaseExists(Stack stack, String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres")) {
			assertThat(connection.getCatalog()).isEqualTo(database);
		}
	}

	private static void assertTopicCanBeCreated(Stack stack) throws Exception {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
		try (Admin admin = Admin.create(properties)) {
			admin.createTopics(List.of(new NewTopic("devstack.test", 1, (short) 1))).all().get();
			assertThat(admin.listTopics().names().get()).contains("devstack.test");
		}
	}

	private static String get(StackOptions options, String service, String path)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(options, service) + path))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
