package dev.ecommerce.shipping.shipment;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.shipping.Caller;
import dev.ecommerce.shipping.api.ReturnLabelRequest;
import dev.ecommerce.shipping.api.ReturnLabelResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/shippings/{id}/returns")
class ReturnController {

	private final Returns returns;

	ReturnController(Returns returns) {
		this.returns = returns;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SERVICE', 'ADMIN')")
	ResponseEntity<ReturnLabelResponse> create(@PathVariable UUID id, @Valid @RequestBody ReturnLabelRequest request) {
		Returns.Made made = this.returns.create(id, request);
		ReturnLabelResponse label = made.label().toResponse();
		return made.created() ? ResponseEntity.created(URI.create(label.labelUrl())).body(label)
				: ResponseEntity.ok(label);
	}

	@GetMapping(path = "/{returnId}/label", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> label(@PathVariable UUID id, @PathVariable UUID returnId, @AuthenticationPrincipal Jwt jwt) {
		byte[] pdf = this.returns.print(Caller.of(jwt), id, returnId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition",
					ContentDisposition.inline().filename("return-" + returnId + ".pdf").build().toString())
			.body(pdf);
	}

}
