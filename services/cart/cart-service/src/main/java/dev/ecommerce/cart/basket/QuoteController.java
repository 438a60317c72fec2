package dev.ecommerce.cart.basket;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.ecommerce.cart.CartProperties;
import dev.ecommerce.cart.Shopper;
import dev.ecommerce.cart.api.QuoteLine;
import dev.ecommerce.cart.api.QuoteRequest;
import dev.ecommerce.cart.api.QuoteResponse;
import dev.ecommerce.cart.api.QuotedLine;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A priced quote of any basket, for the order service (and any signed-in caller): the
 * same calculation as a cart's. Stock is reported in the warnings, not refused: the
 * inventory decides at reservation.
 */
@RestController
class QuoteController {

	private final BasketPricing pricing;

	private final CartProperties properties;

	QuoteController(BasketPricing pricing, CartProperties properties) {
		this.pricing = pricing;
		this.properties = properties;
	}

	@PostMapping("/carts/quote")
	QuoteResponse quote(@Valid @RequestBody QuoteRequest request, @AuthenticationPrincipal @Nullable Jwt jwt) {
		Shopper.of(jwt).requireUser();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < request.lines().size(); i++) {
			if (!seen.add(request.lines().get(i).sku())) {
				throw new InvalidRequestException("lines[" + i + "].sku", "must name each SKU once");
			}
		}
		List<BasketLine> lines = request.lines()
			.stream()
			.map((QuoteLine line) -> new BasketLine(line.sku(), line.quantity(), null))
			.toList();
		String coupon = (request.couponCode() != null && !request.couponCode().isBlank()) ? request.couponCode() : null;
		PricedBasket basket = this.pricing.price(this.properties.currency(), lines, coupon, request.destination(),
				request.shippingRateId(), true, request.orderId());
		return new QuoteResponse(basket.currency(),
				basket.items()
					.stream()
					.map((item) -> new QuotedLine(item.sku().sku(), item.sku().productId(), item.sku().sellerId(),
							item.sku().name(), item.quantity(), item.sku().price(), item.lineTotal()))
					.toList(),
				basket.coupon(), basket.shipping(), basket.totals(), basket.warnings());
	}

}
