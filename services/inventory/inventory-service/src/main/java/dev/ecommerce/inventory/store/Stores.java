package dev.ecommerce.inventory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.inventory.api.Address;
import dev.ecommerce.inventory.api.StoreType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stores, in table {@code store}.
 */
@Repository
class Stores {

	private static final String COLUMNS = "id, code, name, type, address_line1, address_line2, city, postal_code, country, active, version, created_at, updated_at";

	private final JdbcClient jdbc;

	Stores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Store> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store WHERE id = ?").param(id).query(Stores::map).optional();
	}

	/**
	 * The store, locked until the transaction ends, so that no stock arrives meanwhile.
	 */
	Optional<Store> lock(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Stores::map)
			.optional();
	}

	List<Store> page(String orderBy, int limit, long offset) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM store ORDER BY " + orderBy + ", id LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(Stores::map)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT count(*) FROM store").query(Long.class).single();
	}

	void insert(Store store) {
		this.jdbc.sql("INSERT INTO store (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(store.id(), store.code(), store.name(), store.type().name(), store.address().line1(),
					store.address().line2(), store.address().city(), store.address().postalCode(),
					store.address().country(), store.active(), store.version(),
					store.createdAt().atOffset(ZoneOffset.UTC), store.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	void update(Store store) {
		this.jdbc.sql("""
				UPDATE store SET code = ?, name = ?, type = ?, address_line1 = ?, address_line2 = ?, city = ?,
				postal_code = ?, country = ?, active = ?, version = ?, updated_at = ? WHERE id = ?""")
			.params(store.code(), store.name(), store.type().name(), store.address().line1(), store.address().line2(),
					store.address().city(), store.address().postalCode(), store.address().country(), store.active(),
					store.version(), store.updatedAt().atOffset(ZoneOffset.UTC), store.id())
			.update();
	}

	boolean codeTaken(String code, UUID exceptId) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM store WHERE code = ? AND id <> ?)")
			.params(code, exceptId)
			.query(Boolean.class)
			.single();
	}

	/** Whether the store holds any unit, on hand or reserved. */
	boolean holdsStock(UUID id) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM stock_level WHERE store_id = ? AND on_hand > 0)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	/** The SKUs the store has a level for. */
	List<String> skus(UUID id) {
		return this.jdbc.sql("SELECT sku FROM stock_level WHERE store_id = ?").param(id).query(String.class).list();
	}

	void delete(UUID id) {
		// empty levels go with the store; the ledger stays
		this.jdbc.sql("DELETE FROM stock_level WHERE store_id = ?").param(id).update();
		this.jdbc.sql("DELETE FROM store WHERE id = ?").param(id).update();
	}

	private static Store map(ResultSet rs, int row) throws SQLException {
		Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"),
				rs.getString("city"), rs.getString("postal_code"), rs.getString("country"));
		return new Store(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				StoreType.valueOf(rs.getString("type")), address, rs.getBoolean("active"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
