package dev.ecommerce.inventory.store;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.inventory.api.StoreRequest;
import dev.ecommerce.inventory.api.StoreResponse;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.versioning.ETags;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/stores")
class StoreController {

	private final StoreDirectory directory;

	StoreController(StoreDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<StoreResponse> create(@Valid @RequestBody StoreRequest request) {
		StoreResponse store = this.directory.create(request);
		return ResponseEntity.created(URI.create("/stores/" + store.id())).eTag(ETags.of(store.version())).body(store);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN', 'SERVICE')")
	PageResponse<StoreResponse> list(PageQuery page) {
		return this.directory.list(page);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN', 'SERVICE')")
	ResponseEntity<StoreResponse> get(@PathVariable UUID id) {
		return withETag(this.directory.get(id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<StoreResponse> replace(@PathVariable UUID id, @Valid @RequestBody StoreRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return withETag(this.directory.replace(id, request, ifMatch));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.directory.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<StoreResponse> withETag(StoreResponse store) {
		return ResponseEntity.ok().eTag(ETags.of(store.version())).body(store);
	}

}
