package dev.ecommerce.shipping.rates;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.Problems;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.shipping.api.CarrierTableRequest;
import dev.ecommerce.shipping.api.CarrierTableResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carriers' rate tables as admins keep them: a table is replaced whole, in one
 * transaction, after checking that it holds together.
 */
@Service
class RateTables {

	private final CarrierTables tables;

	private final Clock clock;

	RateTables(CarrierTables tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<CarrierTableResponse> list() {
		return this.tables.codes().stream().map(this::get).toList();
	}

	@Transactional(readOnly = true)
	CarrierTableResponse get(String code) {
		return this.tables.find(code).orElseThrow(() -> new NotFoundException("No carrier " + code + "."));
	}

	/**
	 * Sets a carrier's table, creating the carrier if it is new.
	 * @return the table, and whether the carrier was created
	 */
	@Transactional
	Saved put(String code, CarrierTableRequest table, @Nullable String ifMatch) {
		check(table);
		Optional<Long> current = this.tables.lockVersion(code);
		if (current.isPresent()) {
			ETags.checkIfMatch(ifMatch, current.get());
		}
		else if (ifMatch != null) {
			throw new NotFoundException("No carrier " + code + ".");
		}
		long version = current.map((v) -> v + 1).orElse(1L);
		this.tables.replace(code, table, !Boolean.FALSE.equals(table.active()), version,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		return new Saved(get(code), current.isEmpty());
	}

	private static void check(CarrierTableRequest table) {
		List<Problems.FieldError> errors = new ArrayList<>();
		Set<String> zones = new HashSet<>();
		Set<String> areas = new HashSet<>();
		for (int z = 0; z < table.zones().size(); z++) {
			CarrierTableRequest.Zone zone = table.zones().get(z);
			if (!zones.add(zone.code())) {
				errors.add(new Problems.FieldError("zones[" + z + "].code", "is used by another zone"));
			}
			for (int a = 0; a < zone.areas().size(); a++) {
				CarrierTableRequest.Area area = zone.areas().get(a);
				if (!areas.add(area.country() + "/" + CarrierTables.prefixOf(area))) {
					errors.add(new Problems.FieldError("zones[" + z + "].areas[" + a + "]",
							"is already in a zone: an area belongs to one zone"));
				}
			}
		}
		Set<String> services = new HashSet<>();
		Set<String> currencies = new HashSet<>();
		for (int s = 0; s < table.services().size(); s++) {
			CarrierTableRequest.Service service = table.services().get(s);
			if (!services.add(service.code())) {
				errors.add(new Problems.FieldError("services[" + s + "].code", "is used by another service"));
			}
			Set<String> brackets = new HashSet<>();
			for (int b = 0; b < service.rates().size(); b++) {
				CarrierTableRequest.Bracket bracket = service.rates().get(b);
				String field = "services[" + s + "].rates[" + b + "]";
				if (!zones.contains(bracket.zone())) {
					errors.add(new Problems.FieldError(field + ".zone", "is not one of the carrier's zones"));
				}
				if (!brackets.add(bracket.zone() + "/" + bracket.maxWeightGrams())) {
					errors.add(new Problems.FieldError(field, "repeats a zone and weight of this service"));
				}
				currencies.add(bracket.price().currency());
			}
		}
		if (currencies.size() > 1) {
			errors.add(new Problems.FieldError("services", "prices must all be in one currency, not " + currencies));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	record Saved(CarrierTableResponse table, boolean created) {

	}

}
