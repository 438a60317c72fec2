package dev.ecommerce.shipping.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.ShippingAddress;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shipments, in table {@code shipment}, and their journeys, in
 * {@code tracking_event}.
 */
@Repository
class Shipments {

	private static final String COLUMNS = """
			id, order_id, order_number, user_id, network, carrier, service, service_name, zone, tracking_number, tracking_url,
			status, full_name, line1, line2, city, postal_code, country, phone, parcel_weights, weight_grams,
			cost_amount, cost_currency, version, created_at, updated_at""";

	private final JdbcClient jdbc;

	Shipments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Shipment> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE id = ?")
			.param(id)
			.query(Shipments::map)
			.optional();
	}

	Optional<Shipment> lock(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Shipments::map)
			.optional();
	}

	Optional<Shipment> findByOrderId(UUID orderId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE order_id = ?")
			.param(orderId)
			.query(Shipments::map)
			.optional();
	}

	Optional<Shipment> findByTrackingNumber(String trackingNumber) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM shipment WHERE tracking_number = ?")
			.param(trackingNumber)
			.query(Shipments::map)
			.optional();
	}

	/**
	 * Holds the order's creation for the transaction, so that two requests for one order
	 * make one shipment (and buy one label).
	 */
	void lockOrder(UUID orderId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?::text, 0))")
			.param(orderId)
			.query(Object.class)
			.single();
	}

	List<Shipment> page(@Nullable UUID userId, @Nullable UUID orderId, String orderBy, int limit, long offset) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM shipment WHERE (?::uuid IS NULL OR user_id = ?) "
					+ "AND (?::uuid IS NULL OR order_id = ?) ORDER BY " + orderBy + ", id LIMIT ? OFFSET ?")
			.params(userId, userId, orderId, orderId, limit, offset)
			.query(Shipments::map)
			.list();
	}

	long count(@Nullable UUID userId, @Nullable UUID orderId) {
		return this.jdbc
			.sql("SELECT count(*) FROM shipment WHERE (?::uuid IS NULL OR user_id = ?) "
					+ "AND (?::uuid IS NULL OR order_id = ?)")
			.params(userId, userId, orderId, orderId)
			.query(Long.class)
			.single();
	}

	/**
	 * Shipments of networks other than the built-in tables that are still on their way,
	 * least recently changed first.
	 */
	List<Shipment> inFlightElsewhere(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM shipment WHERE network <> 'table' "
					+ "AND status NOT IN ('DELIVERED', 'RETURNED_TO_SENDER', 'VOIDED') ORDER BY updated_at LIMIT ?")
			.param(limit)
			.query(Shipments::map)
			.list();
	}

	void insert(Shipment s) {
		ShippingAddress a = s.address();
		this.jdbc
			.sql("INSERT INTO shipment (" + COLUMNS + ") VALUES "
					+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.orderId(), s.orderNumber(), s.userId(), s.network(), s.carrier(), s.service(),
					s.serviceName(), s.zone(), s.trackingNumber(), s.trackingUrl(), s.status().name(), a.fullName(),
					a.line1(), a.line2(), a.city(), a.postalCode(), a.country(), a.phone(),
					s.parcelWeights().toArray(Long[]::new), s.weightGrams(), s.cost().amount(), s.cost().currency(),
					s.version(), s.createdAt().atOffset(ZoneOffset.UTC), s.updatedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	void update(Shipment s) {
		ShippingAddress a = s.address();
		this.jdbc.sql("""
				UPDATE shipment SET status = ?, full_name = ?, line1 = ?, line2 = ?, city = ?, postal_code = ?,
				country = ?, phone = ?, version = ?, updated_at = ? WHERE id = ?""")
			.params(s.status().name(), a.fullName(), a.line1(), a.line2(), a.city(), a.postalCode(), a.country(),
					a.phone(), s.version(), s.updatedAt().atOffset(ZoneOffset.UTC), s.id())
			.update();
	}

	void record(TrackingEvent e) {
		this.jdbc.sql("""
				INSERT INTO tracking_event (id, shipment_id, status, location, description, source, at, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.shipmentId(), e.status().name(), e.location(), e.description(), e.source(),
					e.at().atOffset(ZoneOffset.UTC), e.recordedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	List<TrackingEvent> journey(UUID shipmentId) {
		return this.jdbc.sql("""
				SELECT id, shipment_id, status, location, description, source, at, recorded_at FROM tracking_event
				WHERE shipment_id = ? ORDER BY at, recorded_at""")
			.param(shipmentId)
			.query((rs, row) -> new TrackingEvent(rs.getObject("id", UUID.class),
					rs.getObject("shipment_id", UUID.class), ShipmentStatus.valueOf(rs.getString("status")),
					rs.getString("location"), rs.getString("description"), rs.getString("source"),
					rs.getTimestamp("at").toInstant(), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private static Shipment map(ResultSet rs, int row) throws SQLException {
		ShippingAddress address = new ShippingAddress(rs.getString("full_name"), rs.getString("line1"),
				rs.getString("line2"), rs.getString("city"), rs.getString("postal_code"), rs.getString("country"),
				rs.getString("phone"));
		Long[] weights = (Long[]) rs.getArray("parcel_weights").getArray();
		return new Shipment(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
				rs.getString("order_number"), rs.getObject("user_id", UUID.class), rs.getString("network"),
				rs.getString("carrier"), rs.getString("service"), rs.getString("service_name"), rs.getString("zone"),
				rs.getString("tracking_number"), rs.getString("tracking_url"),
				ShipmentStatus.valueOf(rs.getString("status")), address, Arrays.asList(weights),
				Money.of(rs.getLong("cost_amount"), rs.getString("cost_currency")), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
