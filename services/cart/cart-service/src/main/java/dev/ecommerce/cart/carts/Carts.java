package dev.ecommerce.cart.carts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The carts, in tables {@code cart} and {@code cart_item}.
 */
@Repository
class Carts {

	private static final String COLUMNS = "id, user_id, token_hash, currency, coupon_code, dest_country, dest_postal_code, version, created_at, updated_at";

	private final JdbcClient jdbc;

	Carts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Cart> find(UUID id) {
		return load("SELECT " + COLUMNS + " FROM cart WHERE id = ?", id);
	}

	/**
	 * The cart, locked until the transaction ends: changes of one cart are serialized.
	 */
	Optional<Cart> lock(UUID id) {
		return load("SELECT " + COLUMNS + " FROM cart WHERE id = ? FOR UPDATE", id);
	}

	Optional<Cart> ofUser(UUID userId) {
		return load("SELECT " + COLUMNS + " FROM cart WHERE user_id = ?", userId);
	}

	Optional<Cart> lockOfUser(UUID userId) {
		return load("SELECT " + COLUMNS + " FROM cart WHERE user_id = ? FOR UPDATE", userId);
	}

	/** Inserts a cart; {@code false} when the user has one already. */
	boolean insert(Cart cart) {
		return this.jdbc
			.sql("INSERT INTO cart (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
					+ "ON CONFLICT (user_id) DO NOTHING")
			.params(cart.id(), cart.userId(), cart.tokenHash(), cart.currency(), cart.couponCode(),
					cart.destinationCountry(), cart.destinationPostalCode(), cart.version(),
					cart.createdAt().atOffset(ZoneOffset.UTC), cart.updatedAt().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Writes a changed cart with all its lines, one version up. */
	void update(Cart cart) {
		this.jdbc.sql("""
				UPDATE cart SET coupon_code = ?, dest_country = ?, dest_postal_code = ?, version = version + 1,
				updated_at = ? WHERE id = ?""")
			.params(cart.couponCode(), cart.destinationCountry(), cart.destinationPostalCode(),
					cart.updatedAt().atOffset(ZoneOffset.UTC), cart.id())
			.update();
		this.jdbc.sql("DELETE FROM cart_item WHERE cart_id = ?").param(cart.id()).update();
		for (CartItem item : cart.items()) {
			this.jdbc
				.sql("""
						INSERT INTO cart_item (cart_id, sku, product_id, quantity, seen_price, seen_currency, position, added_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(cart.id(), item.sku(), item.productId(), item.quantity(), item.seenPrice().amount(),
						item.seenPrice().currency(), item.position(), item.addedAt().atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	void delete(UUID id) {
		this.jdbc.sql("DELETE FROM cart WHERE id = ?").param(id).update();
	}

	void deleteOfUser(UUID userId) {
		this.jdbc.sql("DELETE FROM cart WHERE user_id = ?").param(userId).update();
	}

	/** Removes guest carts untouched since a time; answers how many. */
	int deleteGuestCartsUntouchedSince(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM cart WHERE user_id IS NULL AND updated_at < ?")
			.param(cutoff.atOffset(ZoneOffset.UTC))
			.update();
	}

	private Optional<Cart> load(String sql, UUID key) {
		Optional<CartRow> row = this.jdbc.sql(sql).param(key).query(Carts::map).optional();
		return row.map((cart) -> cart.with(items(cart.id())));
	}

	private List<CartItem> items(UUID cartId) {
		return this.jdbc.sql("""
				SELECT sku, product_id, quantity, seen_price, seen_currency, position, added_at FROM cart_item
				WHERE cart_id = ? ORDER BY position""")
			.param(cartId)
			.query((rs, row) -> new CartItem(rs.getString("sku"), rs.getObject("product_id", UUID.class),
					rs.getInt("quantity"), Money.of(rs.getLong("seen_price"), rs.getString("seen_currency")),
					rs.getLong("position"), rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	private static CartRow map(ResultSet rs, int row) throws SQLException {
		return new CartRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("token_hash"), rs.getString("currency"), rs.getString("coupon_code"),
				rs.getString("dest_country"), rs.getString("dest_postal_code"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private record CartRow(UUID id, @org.jspecify.annotations.Nullable UUID userId,
			@org.jspecify.annotations.Nullable String tokenHash, String currency,
			@org.jspecify.annotations.Nullable String couponCode,
			@org.jspecify.annotations.Nullable String destinationCountry,
			@org.jspecify.annotations.Nullable String destinationPostalCode, long version, Instant createdAt,
			Instant updatedAt) {

		Cart with(List<CartItem> items) {
			return new Cart(this.id, this.userId, this.tokenHash, this.currency, this.couponCode,
					this.destinationCountry, this.destinationPostalCode, this.version, this.createdAt, this.updatedAt,
					items);
		}

	}

}
