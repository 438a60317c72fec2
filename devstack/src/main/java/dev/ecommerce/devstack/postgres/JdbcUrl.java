package dev.ecommerce.devstack.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL JDBC URL whose database can be swapped: the user names one server (usually
 * its {@code postgres} database) and each service gets its own database on it.
 */
final class JdbcUrl {

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(?:/([^?]*))?(\\?.*)?");

	private final String server;

	private final String query;

	private JdbcUrl(String server, String query) {
		this.server = server;
		this.query = query;
	}

	static JdbcUrl parse(String url) {
		Matcher matcher = URL.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"SHOP_DATABASE_URL must look like jdbc:postgresql://host:5432/postgres, not " + url);
		}
		return new JdbcUrl(matcher.group(1), (matcher.group(3) != null) ? matcher.group(3) : "");
	}

	String withDatabase(String database) {
		return this.server + "/" + database + this.query;
	}

}
