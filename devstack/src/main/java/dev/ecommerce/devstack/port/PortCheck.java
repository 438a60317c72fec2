package dev.ecommerce.devstack.port;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks every port before anything starts: finding a busy port after PostgreSQL and half
 * the services are up would mean stopping them again, and the user would see a stack
 * trace instead of a reason.
 */
public final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Whether nothing listens on the port. Binding the wildcard address fails also when
	 * another process has bound only the loopback address, which a connection test would
	 * miss.
	 * @param port the port
	 * @return true when it can be bound
	 */
	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The claims whose port is taken, and claims that name the same port twice.
	 * @param claims the ports the stack needs
	 * @return one line saying which ports are in use, or empty when all are free
	 */
	public static Optional<String> problem(Collection<PortClaim> claims) {
		List<PortClaim> busy = claims.stream().filter((claim) -> !isFree(claim.port())).toList();
		if (!busy.isEmpty()) {
			String ports = busy.stream().map(PortClaim::toString).collect(Collectors.joining(", "));
			return Optional.of((busy.size() == 1 ? "port " : "ports ") + ports + (busy.size() == 1 ? " is" : " are")
					+ " already in use (is a stack already running? try ./shop down)");
		}
		List<String> twice = claims.stream()
			.collect(Collectors.groupingBy(PortClaim::port))
			.values()
			.stream()
			.filter((same) -> same.size() > 1)
			.map((same) -> same.get(0).port() + " ("
					+ same.stream().map(PortClaim::owner).collect(Collectors.joining(" and ")) + ")")
			.toList();
		if (!twice.isEmpty()) {
			return Optional.of("the same port is configured twice: " + String.join(", ", twice));
		}
		return Optional.empty();
	}

	/**
	 * A port nobody uses now, for the broker's internal controller listener, which
	 * nothing outside the broker connects to.
	 * @return the port
	 */
	public static int anyFree() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port: " + ex.getMessage(), ex);
		}
	}

}
