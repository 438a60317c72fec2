package dev.ecommerce.cart.carts;

import java.net.URI;
import java.util.UUID;

import dev.ecommerce.cart.Shopper;
import dev.ecommerce.cart.api.AddItemRequest;
import dev.ecommerce.cart.api.CartResponse;
import dev.ecommerce.cart.api.CouponCodeRequest;
import dev.ecommerce.cart.api.DestinationRequest;
import dev.ecommerce.cart.api.MergeRequest;
import dev.ecommerce.cart.api.QuantityRequest;
import dev.ecommerce.cart.api.Texts;
import dev.ecommerce.platform.web.versioning.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carts of guests (with {@code X-Cart-Token}) and of signed-in users (with their token).
 */
@RestController
@RequestMapping("/carts")
@Validated
class CartController {

	static final String TOKEN = "X-Cart-Token";

	private final ShoppingCarts carts;

	CartController(ShoppingCarts carts) {
		this.carts = carts;
	}

	@PostMapping
	ResponseEntity<CartResponse> create(@AuthenticationPrincipal @Nullable Jwt jwt) {
		ShoppingCarts.Created created = this.carts.create(Shopper.of(jwt));
		if (!created.made()) {
			return ResponseEntity.ok().eTag(etag(created.cart())).body(created.cart());
		}
		return ResponseEntity.created(URI.create("/carts/" + created.cart().id()))
			.eTag(etag(created.cart()))
			.body(created.cart());
	}

	@GetMapping("/mine")
	ResponseEntity<CartResponse> mine(@AuthenticationPrincipal @Nullable Jwt jwt) {
		return ok(this.carts.mine(Shopper.of(jwt)));
	}

	@GetMapping("/{id}")
	ResponseEntity<CartResponse> get(@PathVariable UUID id, @AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.get(id, Shopper.of(jwt), token));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		this.carts.delete(id, Shopper.of(jwt), token);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/items")
	ResponseEntity<CartResponse> addItem(@PathVariable UUID id, @Valid @RequestBody AddItemRequest request,
			@AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.addItem(id, Shopper.of(jwt), token, request.sku(), request.quantity()));
	}

	@PatchMapping(path = "/{id}/items/{sku}", consumes = { "application/merge-patch+json", "application/json" })
	ResponseEntity<CartResponse> changeQuantity(@PathVariable UUID id,
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@Valid @RequestBody QuantityRequest request, @AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.changeQuantity(id, Shopper.of(jwt), token, sku, request.quantity()));
	}

	@DeleteMapping("/{id}/items/{sku}")
	ResponseEntity<CartResponse> removeItem(@PathVariable UUID id,
			@PathVariable @Size(max = 64) @Pattern(regexp = Texts.SKU, message = Texts.SKU_MESSAGE) String sku,
			@AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.removeItem(id, Shopper.of(jwt), token, sku));
	}

	@PostMapping("/{id}/coupon")
	ResponseEntity<CartResponse> applyCoupon(@PathVariable UUID id, @Valid @RequestBody CouponCodeRequest request,
			@AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.applyCoupon(id, Shopper.of(jwt), token, request.code()));
	}

	@DeleteMapping("/{id}/coupon")
	ResponseEntity<CartResponse> removeCoupon(@PathVariable UUID id, @AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.removeCoupon(id, Shopper.of(jwt), token));
	}

	@PutMapping("/{id}/destination")
	ResponseEntity<CartResponse> shipTo(@PathVariable UUID id, @Valid @RequestBody DestinationRequest request,
			@AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.shipTo(id, Shopper.of(jwt), token, request));
	}

	@DeleteMapping("/{id}/destination")
	ResponseEntity<CartResponse> forgetDestination(@PathVariable UUID id, @AuthenticationPrincipal @Nullable Jwt jwt,
			@RequestHeader(name = TOKEN, required = false) @Nullable String token) {
		return ok(this.carts.forgetDestination(id, Shopper.of(jwt), token));
	}

	@PostMapping("/{id}/merge")
	ResponseEntity<CartResponse> merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request,
			@AuthenticationPrincipal @Nullable Jwt jwt) {
		return ok(this.carts.merge(id, Shopper.of(jwt), request));
	}

	private static ResponseEntity<CartResponse> ok(CartResponse cart) {
		return ResponseEntity.status(HttpStatus.OK).eTag(etag(cart)).body(cart);
	}

	private static String etag(CartResponse cart) {
		return ETags.of(cart.version());
	}

}
