package dev.ecommerce.devstack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Creates the services' databases that do not exist yet. Each service then creates its
 * own tables with Flyway; devstack owns no schema.
 */
public final class ServiceDatabases {

	private ServiceDatabases() {
	}

	/**
	 * Creates each missing database.
	 * @param server the server
	 * @param names the database names
	 * @return how many were created
	 */
	public static int createMissing(DatabaseServer server, Collection<String> names) {
		int created = 0;
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(),
				server.password())) {
			for (String name : names) {
				if (!exists(connection, name)) {
					try (Statement statement = connection.createStatement()) {
						// quoted: "order" and "user" are reserved words
						statement.execute("CREATE DATABASE " + quoted(name));
					}
					created++;
				}
			}
			return created;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the service databases on " + server.description() + ": "
					+ ex.getMessage().lines().findFirst().orElse(""), ex);
		}
	}

	private static boolean exists(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
