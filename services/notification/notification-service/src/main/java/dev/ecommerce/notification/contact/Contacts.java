package dev.ecommerce.notification.contact;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contacts, one per user. A change carries the account's version: an older update
 * that arrives late does not overwrite a newer one.
 */
@Repository
public class Contacts {

	private final JdbcClient jdbc;

	private final Clock clock;

	Contacts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Contact> find(UUID userId) {
		return this.jdbc.sql("SELECT user_id, email, full_name, phone, roles, enabled FROM contact WHERE user_id = ?")
			.param(userId)
			.query((rs, n) -> new Contact(rs.getObject("user_id", UUID.class), rs.getString("email"),
					rs.getString("full_name"), rs.getString("phone"), roles(rs.getString("roles")),
					rs.getBoolean("enabled")))
			.optional();
	}

	/** Whether the user closed its account: nothing is sent to it any more. */
	public boolean erased(UUID userId) {
		return this.jdbc.sql("SELECT count(*) FROM erased_user WHERE user_id = ?")
			.param(userId)
			.query(Long.class)
			.single() > 0;
	}

	/** The enabled admins, who are told of low stock. */
	public List<UUID> admins() {
		return this.jdbc.sql("SELECT user_id FROM contact WHERE roles LIKE '%ADMIN%' AND enabled ORDER BY user_id")
			.query(UUID.class)
			.list();
	}

	public void registered(UUID userId, String email, String fullName) {
		// a registration never overwrites what an update (version >= 1) has said
		this.jdbc.sql("""
				INSERT INTO contact (user_id, email, full_name, roles, enabled, version, updated_at)
				VALUES (?, ?, ?, 'CUSTOMER', true, 0, ?)
				ON CONFLICT (user_id) DO NOTHING""")
			.params(userId, email, fullName, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	public void updated(UUID userId, String email, String fullName, @Nullable String phone, List<String> roles,
			boolean enabled, long version) {
		this.jdbc.sql("""
				INSERT INTO contact (user_id, email, full_name, phone, roles, enabled, version, updated_at)
				VALUES (:user, :email, :name, :phone, :roles, :enabled, :version, :now)
				ON CONFLICT (user_id) DO UPDATE SET email = :email, full_name = :name, phone = :phone,
					roles = :roles, enabled = :enabled, version = :version, updated_at = :now
				WHERE contact.version <= :version""")
			.param("user", userId)
			.param("email", email)
			.param("name", fullName)
			.param("phone", phone)
			.param("roles", String.join(",", roles))
			.param("enabled", enabled)
			.param("version", version)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private static List<String> roles(String roles) {
		return Arrays.stream(roles.split(",")).map(String::trim).filter((role) -> !role.isEmpty()).toList();
	}

}
