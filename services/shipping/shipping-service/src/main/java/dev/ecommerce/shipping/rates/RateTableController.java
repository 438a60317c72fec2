package dev.ecommerce.shipping.rates;

import java.net.URI;
import java.util.List;

import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.shipping.api.CarrierTableRequest;
import dev.ecommerce.shipping.api.CarrierTableResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/shippings/carriers")
@Validated
class RateTableController {

	private final RateTables tables;

	RateTableController(RateTables tables) {
		this.tables = tables;
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<CarrierTableResponse> list() {
		return this.tables.list();
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<CarrierTableResponse> get(@PathVariable String code) {
		CarrierTableResponse table = this.tables.get(code);
		return ResponseEntity.ok().eTag(ETags.of(table.version())).body(table);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<CarrierTableResponse> put(
			@PathVariable @Pattern(regexp = CarrierTableRequest.CODE,
					message = "must be capitals, digits and _") String code,
			@Valid @RequestBody CarrierTableRequest table,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		RateTables.Saved saved = this.tables.put(code, table, ifMatch);
		var response = saved.created() ? ResponseEntity.created(URI.create("/shippings/carriers/" + code))
				: ResponseEntity.ok();
		return response.eTag(ETags.of(saved.table().version())).body(saved.table());
	}

}
