package dev.ecommerce.devstack.port;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortCheckTests {

	@Test
	void freePortsGiveNoProblem() {
		assertThat(PortCheck.problem(
				List.of(new PortClaim(PortCheck.anyFree(), "postgres"), new PortClaim(PortCheck.anyFree(), "kafka"))))
			.isEmpty();
	}

	@Test
	void aBusyPortIsNamedWithWhoNeedsItInOneLine() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			int port = taken.getLocalPort();

			assertThat(PortCheck.problem(List.of(new PortClaim(port, "product")))).hasValueSatisfying(
					(problem) -> assertThat(problem).startsWith("port " + port + " (product) is already in use")
						.doesNotContain("\n"));
		}
	}

	@Test
	void aPortBoundOnlyToLoopbackCountsAsBusy() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

			assertThat(PortCheck.isFree(taken.getLocalPort())).isFalse();
		}
	}

	@Test
	void everyBusyPortIsListed() throws IOException {
		try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
			List<PortClaim> claims = List.of(new PortClaim(first.getLocalPort(), "postgres"),
					new PortClaim(PortCheck.anyFree(), "kafka"), new PortClaim(second.getLocalPort(), "gateway"));

			assertThat(PortCheck.problem(claims))
				.hasValue("ports " + first.getLocalPort() + " (postgres), " + second.getLocalPort()
						+ " (gateway) are already in use (is a stack already running? try ./shop down)");
		}
	}

	@Test
	void thePortConfiguredForTwoPartsIsReported() {
		int port = PortCheck.anyFree();

		assertThat(PortCheck.problem(List.of(new PortClaim(port, "postgres"), new PortClaim(port, "kafka"))))
			.hasValue("the same port is configured twice: " + port + " (postgres and kafka)");
	}

}
