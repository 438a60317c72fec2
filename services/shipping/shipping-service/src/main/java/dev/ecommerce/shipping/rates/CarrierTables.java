package dev.ecommerce.shipping.rates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.ecommerce.platform.api.Money;
import dev.ecommerce.shipping.api.CarrierTableRequest;
import dev.ecommerce.shipping.api.CarrierTableResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The carriers' rate tables, in tables {@code carrier}, {@code carrier_service},
 * {@code shipping_zone}, {@code zone_area} and {@code rate_bracket}.
 */
@Repository
class CarrierTables {

	private final JdbcClient jdbc;

	CarrierTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> codes() {
		return this.jdbc.sql("SELECT code FROM carrier ORDER BY code").query(String.class).list();
	}

	/** The version of a carrier's table, locked until the transaction ends. */
	Optional<Long> lockVersion(String code) {
		return this.jdbc.sql("SELECT version FROM carrier WHERE code = ? FOR UPDATE")
			.param(code)
			.query(Long.class)
			.optional();
	}

	Optional<CarrierTableResponse> find(String code) {
		return this.jdbc.sql("SELECT code, name, tracking_url, active, version, updated_at FROM carrier WHERE code = ?")
			.param(code)
			.query((rs, row) -> new CarrierTableResponse(rs.getString("code"), rs.getString("name"),
					rs.getString("tracking_url"), rs.getBoolean("active"), services(code), zones(code),
					rs.getLong("version"), rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	private List<CarrierTableRequest.Service> services(String carrier) {
		return this.jdbc
			.sql("SELECT code, name, tracking_prefix FROM carrier_service WHERE carrier_code = ? ORDER BY position")
			.param(carrier)
			.query((rs, row) -> new CarrierTableRequest.Service(rs.getString("code"), rs.getString("name"),
					rs.getString("tracking_prefix"), brackets(carrier, rs.getString("code"))))
			.list();
	}

	private List<CarrierTableRequest.Bracket> brackets(String carrier, String service) {
		return this.jdbc.sql("""
				SELECT b.zone_code, b.max_weight_grams, b.amount, b.currency, b.estimated_days
				FROM rate_bracket b JOIN shipping_zone z ON z.carrier_code = b.carrier_code AND z.code = b.zone_code
				WHERE b.carrier_code = ? AND b.service_code = ? ORDER BY z.position, b.max_weight_grams""")
			.params(carrier, service)
			.query((rs, row) -> new CarrierTableRequest.Bracket(rs.getString("zone_code"),
					rs.getLong("max_weight_grams"), Money.of(rs.getLong("amount"), rs.getString("currency")),
					rs.getInt("estimated_days")))
			.list();
	}

	private List<CarrierTableRequest.Zone> zones(String carrier) {
		return this.jdbc.sql("SELECT code, name FROM shipping_zone WHERE carrier_code = ? ORDER BY position")
			.param(carrier)
			.query((rs, row) -> new CarrierTableRequest.Zone(rs.getString("code"), rs.getString("name"),
					areas(carrier, rs.getString("code"))))
			.list();
	}

	private List<CarrierTableRequest.Area> areas(String carrier, String zone) {
		return this.jdbc.sql("""
				SELECT country, postcode_prefix FROM zone_area WHERE carrier_code = ? AND zone_code = ?
				ORDER BY country, postcode_prefix""")
			.params(carrier, zone)
			.query((rs, row) -> new CarrierTableRequest.Area(rs.getString("country"),
					rs.getString("postcode_prefix").isEmpty() ? null : rs.getString("postcode_prefix")))
			.list();
	}

	/** Writes a carrier's whole table, replacing what it had. */
	void replace(String code, CarrierTableRequest table, boolean active, long version, Instant now) {
		// the children go with the carrier row (ON DELETE CASCADE)
		this.jdbc.sql("DELETE FROM carrier WHERE code = ?").param(code).update();
		this.jdbc.sql(
				"INSERT INTO carrier (code, name, tracking_url, active, version, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(code, table.name().strip(), table.trackingUrl(), active, version, now.atOffset(ZoneOffset.UTC))
			.update();
		for (int i = 0; i < table.zones().size(); i++) {
			CarrierTableRequest.Zone zone = table.zones().get(i);
			this.jdbc.sql("INSERT INTO shipping_zone (carrier_code, code, name, position) VALUES (?, ?, ?, ?)")
				.params(code, zone.code(), zone.name().strip(), i)
				.update();
			for (CarrierTableRequest.Area area : zone.areas()) {
				this.jdbc.sql(
						"INSERT INTO zone_area (carrier_code, zone_code, country, postcode_prefix) VALUES (?, ?, ?, ?)")
					.params(code, zone.code(), area.country(), prefixOf(area))
					.update();
			}
		}
		for (int i = 0; i < table.services().size(); i++) {
			CarrierTableRequest.Service service = table.services().get(i);
			this.jdbc.sql("""
					INSERT INTO carrier_service (carrier_code, code, name, tracking_prefix, position)
					VALUES (?, ?, ?, ?, ?)""")
				.params(code, service.code(), service.name().strip(), service.trackingPrefix(), i)
				.update();
			for (CarrierTableRequest.Bracket bracket : service.rates()) {
				this.jdbc.sql("""
						INSERT INTO rate_bracket (carrier_code, service_code, zone_code, max_weight_grams, amount,
						currency, estimated_days) VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(code, service.code(), bracket.zone(), bracket.maxWeightGrams(), bracket.price().amount(),
							bracket.price().currency(), bracket.estimatedDays())
					.update();
			}
		}
	}

	static String prefixOf(CarrierTableRequest.Area area) {
		return (area.postcodePrefix() != null) ? area.postcodePrefix() : "";
	}

	/**
	 * For each service of each active carrier that serves the destination, the cheapest
	 * bracket that takes the weight, in the zone of the longest matching prefix.
	 */
	List<TableOffer> offers(String country, List<String> prefixes, long weightGrams) {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (c.code, s.code) c.code AS carrier, s.code AS service, s.name AS service_name,
				       z.zone_code, b.amount, b.currency, b.estimated_days
				FROM carrier c
				JOIN LATERAL (SELECT a.zone_code FROM zone_area a
				              WHERE a.carrier_code = c.code AND a.country = ? AND a.postcode_prefix = ANY (?)
				              ORDER BY length(a.postcode_prefix) DESC LIMIT 1) z ON true
				JOIN carrier_service s ON s.carrier_code = c.code
				JOIN rate_bracket b ON b.carrier_code = c.code AND b.service_code = s.code AND b.zone_code = z.zone_code
				WHERE c.active AND b.max_weight_grams >= ?
				ORDER BY c.code, s.code, b.max_weight_grams""")
			.params(country, textArray(prefixes), weightGrams)
			.query(CarrierTables::offer)
			.list();
	}

	/**
	 * Whether some active carrier has a zone for the destination, whatever the weight.
	 */
	boolean serves(String country, List<String> prefixes) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM zone_area a JOIN carrier c ON c.code = a.carrier_code
				               WHERE c.active AND a.country = ? AND a.postcode_prefix = ANY (?))""")
			.params(country, textArray(prefixes))
			.query(Boolean.class)
			.single();
	}

	/** The zone of a carrier that a destination belongs to. */
	Optional<String> zoneOf(String carrier, String country, List<String> prefixes) {
		return this.jdbc.sql("""
				SELECT zone_code FROM zone_area WHERE carrier_code = ? AND country = ? AND postcode_prefix = ANY (?)
				ORDER BY length(postcode_prefix) DESC LIMIT 1""")
			.params(carrier, country, textArray(prefixes))
			.query(String.class)
			.optional();
	}

	/** The S10 letters of a service and the carrier's tracking URL. */
	Optional<TrackingStyle> trackingStyle(String carrier, String service) {
		return this.jdbc
			.sql("""
					SELECT s.tracking_prefix, c.tracking_url FROM carrier_service s JOIN carrier c ON c.code = s.carrier_code
					WHERE s.carrier_code = ? AND s.code = ?""")
			.params(carrier, service)
			.query((rs, row) -> new TrackingStyle(rs.getString("tracking_prefix"), rs.getString("tracking_url")))
			.optional();
	}

	long nextSerial() {
		return this.jdbc.sql("SELECT nextval('tracking_serial')").query(Long.class).single();
	}

	/** PostgreSQL's JDBC driver binds a {@code String[]} as {@code text[]}. */
	private static String[] textArray(List<String> values) {
		return values.toArray(String[]::new);
	}

	private static TableOffer offer(ResultSet rs, int row) throws SQLException {
		return new TableOffer(rs.getString("carrier"), rs.getString("service"), rs.getString("service_name"),
				rs.getString("zone_code"), Money.of(rs.getLong("amount"), rs.getString("currency")),
				rs.getInt("estimated_days"));
	}

	record TableOffer(String carrier, String service, String serviceName, String zone, Money price, int estimatedDays) {

	}

	record TrackingStyle(String prefix, String urlTemplate) {

	}

}
