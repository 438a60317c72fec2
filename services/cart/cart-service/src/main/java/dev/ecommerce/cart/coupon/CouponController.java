package dev.ecommerce.cart.coupon;

import java.net.URI;

import dev.ecommerce.cart.api.CouponRequest;
import dev.ecommerce.cart.api.CouponResponse;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.versioning.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
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
@RequestMapping("/coupons")
@PreAuthorize("hasRole('ADMIN')")
@Validated
class CouponController {

	private final CouponDirectory directory;

	CouponController(CouponDirectory directory) {
		this.directory = directory;
	}

	@PostMapping
	ResponseEntity<CouponResponse> create(@Valid @RequestBody CouponRequest request) {
		CouponResponse coupon = this.directory.create(request);
		return ResponseEntity.created(URI.create("/coupons/" + coupon.code()))
			.eTag(ETags.of(coupon.version()))
			.body(coupon);
	}

	@GetMapping
	PageResponse<CouponResponse> list(PageQuery page) {
		return this.directory.list(page);
	}

	@GetMapping("/{code}")
	ResponseEntity<CouponResponse> get(@PathVariable @Size(max = 40) String code) {
		return withETag(this.directory.get(code));
	}

	@PutMapping("/{code}")
	ResponseEntity<CouponResponse> replace(@PathVariable @Size(max = 40) String code,
			@Valid @RequestBody CouponRequest request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return withETag(this.directory.replace(code, request, ifMatch));
	}

	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable @Size(max = 40) String code,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.directory.delete(code, ifMatch);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<CouponResponse> withETag(CouponResponse coupon) {
		return ResponseEntity.ok().eTag(ETags.of(coupon.version())).body(coupon);
	}

}
