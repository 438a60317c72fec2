package dev.ecommerce.shipping.shipment;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.patch.MergePatch;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.shipping.Caller;
import dev.ecommerce.shipping.api.ShipmentChangeRequest;
import dev.ecommerce.shipping.api.ShipmentRequest;
import dev.ecommerce.shipping.api.ShipmentResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/shippings")
class ShipmentController {

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private final Dispatch dispatch;

	private final JsonMapper jsonMapper;

	private final Validator validator;

	ShipmentController(Dispatch dispatch, JsonMapper jsonMapper, Validator validator) {
		this.dispatch = dispatch;
		this.jsonMapper = jsonMapper;
		this.validator = validator;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
	ResponseEntity<ShipmentResponse> create(@Valid @RequestBody ShipmentRequest request) {
		Dispatch.Created result = this.dispatch.create(request);
		ShipmentResponse shipment = result.shipment();
		var response = result.created() ? ResponseEntity.created(URI.create("/shippings/" + shipment.id()))
				: ResponseEntity.ok().location(URI.create("/shippings/" + shipment.id()));
		return response.eTag(ETags.of(shipment.version())).body(shipment);
	}

	@GetMapping
	PageResponse<ShipmentResponse> list(PageQuery page, @RequestParam(required = false) @Nullable UUID orderId,
			@AuthenticationPrincipal Jwt jwt) {
		return this.dispatch.list(Caller.of(jwt), orderId, page);
	}

	@GetMapping("/{id}")
	ResponseEntity<ShipmentResponse> get(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		return withETag(this.dispatch.get(Caller.of(jwt), id));
	}

	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH, "application/json" })
	@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
	ResponseEntity<ShipmentResponse> patch(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		ShipmentResponse current = this.dispatch.get(Caller.of(jwt), id);
		ShipmentChangeRequest change = MergePatch.apply(new ShipmentChangeRequest(current.address()), patch,
				ShipmentChangeRequest.class, this.jsonMapper);
		MergePatch.validate(change, this.validator);
		return withETag(this.dispatch.readdress(id, change.address(), ifMatch));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
	ResponseEntity<Void> voidLabel(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.dispatch.voidLabel(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping(path = "/{id}/label", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> label(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
		byte[] pdf = this.dispatch.label(Caller.of(jwt), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("label-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	private static ResponseEntity<ShipmentResponse> withETag(ShipmentResponse shipment) {
		return ResponseEntity.ok().eTag(ETags.of(shipment.version())).body(shipment);
	}

}
