package dev.ecommerce.devstack.port;

/**
 * A port the stack is about to listen on, and who will listen there.
 *
 * @param port the TCP port
 * @param owner the component, e.g. {@code postgres} or {@code product}
 */
public record PortClaim(int port, String owner) {

	@Override
	public String toString() {
		return this.port + " (" + this.owner + ")";
	}

}
