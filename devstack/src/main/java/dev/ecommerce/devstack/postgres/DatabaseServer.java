package dev.ecommerce.devstack.postgres;

import java.util.OptionalLong;

/**
 * The PostgreSQL server that holds one database per service.
 */
public interface DatabaseServer extends AutoCloseable {

	/**
	 * The JDBC URL of a database on this server.
	 * @param database the database name
	 * @return the URL
	 */
	String jdbcUrl(String database);

	String username();

	String password();

	/**
	 * What to tell the user about this server, e.g. {@code embedded PostgreSQL 17}.
	 * @return a short description
	 */
	String description();

	/**
	 * The postmaster's pid, when this program started the server.
	 * @return the pid, empty for an external server
	 */
	OptionalLong pid();

	/** Stops the server if this program started it; leaves an external one running. */
	@Override
	void close();

}
