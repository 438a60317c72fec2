package dev.ecommerce.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The stand-ins for every service, started once per test JVM and shared by all test
 * contexts, plus two the gateway only knows in tests: {@code slow} ({@code /slow/**}),
 * whose answers can be held back, and {@code unreachable} ({@code /unreachable/**}), a
 * port where nothing listens.
 */
public final class Upstreams {

	/** The services of the port table, in its order. */
	public static final List<String> SERVICES = List.of("product", "inventory", "order", "payment", "user", "cart",
			"shipping", "recommendation", "notification");

	private static final Map<String, Upstream> RUNNING = startAll();

	private static final int UNREACHABLE_PORT = portWithoutListener();

	private Upstreams() {
	}

	public static Upstream of(String service) {
		Upstream upstream = RUNNING.get(service);
		if (upstream == null) {
			throw new IllegalArgumentException("No stand-in for " + service);
		}
		return upstream;
	}

	/** Points the gateway at the stand-ins. */
	public static void register(DynamicPropertyRegistry registry) {
		RUNNING.forEach((service, upstream) -> registry.add("ecommerce.gateway.services." + service + ".url",
				() -> upstream.url().toString()));
		registry.add("ecommerce.gateway.services.slow.paths", () -> "/slow/**");
		registry.add("ecommerce.gateway.services.unreachable.url", () -> "http://127.0.0.1:" + UNREACHABLE_PORT);
		registry.add("ecommerce.gateway.services.unreachable.paths", () -> "/unreachable/**");
	}

	public static void resetAll() {
		RUNNING.values().forEach(Upstream::reset);
	}

	private static Map<String, Upstream> startAll() {
		Map<String, Upstream> running = new LinkedHashMap<>();
		SERVICES.forEach((service) -> running.put(service, Upstream.start(service)));
		running.put("slow", Upstream.start("slow"));
		return running;
	}

	private static int portWithoutListener() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
