package dev.ecommerce.product.catalog;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.product.api.ProductRequest;
import dev.ecommerce.product.api.ProductResponse;
import dev.ecommerce.product.api.ProductStatus;
import dev.ecommerce.product.api.SkuResponse;
import dev.ecommerce.product.api.SkusResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/products")
class ProductController {

	private static final String MERGE_PATCH = "application/merge-patch+json";

	private final ProductCatalog catalog;

	private final ProductLookup lookup;

	ProductController(ProductCatalog catalog, ProductLookup lookup) {
		this.catalog = catalog;
		this.lookup = lookup;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
	ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request,
			@AuthenticationPrincipal Jwt jwt) {
		ProductResponse product = this.catalog.create(Caller.of(jwt), request);
		return ResponseEntity.created(URI.create("/products/" + product.id()))
			.eTag(ETags.of(product.version()))
			.body(product);
	}

	@GetMapping
	PageResponse<ProductResponse> list(PageQuery page, @RequestParam(required = false) @Nullable ProductStatus status,
			@RequestParam(required = false) @Nullable UUID sellerId,
			@RequestParam(required = false) @Nullable UUID categoryId, @AuthenticationPrincipal @Nullable Jwt jwt) {
		return this.lookup.list(Caller.of(jwt), status, sellerId, categoryId, page);
	}

	@GetMapping("/{id}")
	ResponseEntity<ProductResponse> get(@PathVariable UUID id, @AuthenticationPrincipal @Nullable Jwt jwt) {
		return withETag(this.lookup.get(Caller.of(jwt), id));
	}

	@GetMapping("/skus/{sku}")
	SkuResponse sku(@PathVariable String sku, @AuthenticationPrincipal @Nullable Jwt jwt) {
		return this.lookup.sku(Caller.of(jwt), sku);
	}

	@GetMapping("/skus")
	SkusResponse skus(@RequestParam("sku") List<String> skus, @AuthenticationPrincipal @Nullable Jwt jwt) {
		return this.lookup.skus(Caller.of(jwt), skus);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
	ResponseEntity<ProductResponse> replace(@PathVariable UUID id, @Valid @RequestBody ProductRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		return withETag(this.catalog.replace(Caller.of(jwt), id, request, ifMatch));
	}

	@PatchMapping(path = "/{id}", consumes = { MERGE_PATCH, "application/json" })
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
	ResponseEntity<ProductResponse> patch(@PathVariable UUID id, @RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		return withETag(this.catalog.patch(Caller.of(jwt), id, patch, ifMatch));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
	ResponseEntity<Void> archive(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@AuthenticationPrincipal Jwt jwt) {
		this.catalog.archive(Caller.of(jwt), id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProductResponse> withETag(ProductResponse product) {
		return ResponseEntity.ok().eTag(ETags.of(product.version())).body(product);
	}

}
