package dev.ecommerce.order.peers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.client.ServiceClients;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The cart service: the priced quote of a basket ({@code POST /carts/quote}) and a cart's
 * items ({@code GET /carts/{id}}), per the contract agreed in event-contracts.md.
 */
@Component
public class CartClient {

	private static final String SERVICE = "cart";

	private final RestClient rest;

	CartClient(ServiceClients clients) {
		this.rest = clients.restClient(SERVICE);
	}

	/** A line asked for. */
	public record Item(String sku, int quantity) {

	}

	/** A cart: its owner, items and coupon. */
	public record Cart(UUID id, @Nullable UUID userId, List<Item> items, @Nullable String couponCode) {

	}

	/** A priced basket. */
	public record Quote(String currency, List<OrderLine> lines, OrderTotals totals, @Nullable String couponCode) {

	}

	/**
	 * The cart, read with this service's own rights.
	 * @throws NotFoundException when there is no such cart
	 */
	public Cart cart(UUID id) {
		Answer answer = Answer.of(SERVICE, this.rest.get().uri("/carts/{id}", id));
		if (answer.status() == 404) {
			throw new NotFoundException("No cart " + id + ".");
		}
		if (!answer.ok()) {
			throw answer.unexpected();
		}
		List<Item> items = new ArrayList<>();
		for (JsonNode item : answer.body().path("items")) {
			items.add(new Item(Answer.text(item, "sku"), item.path("quantity").asInt()));
		}
		return new Cart(id, Answer.uuid(answer.body(), "userId"), items, couponOf(answer.body()));
	}

	/**
	 * Prices lines as the cart service does for any basket: catalog prices, the coupon,
	 * tax and the shipping rate, for the order about to be placed.
	 * @throws InvalidRequestException for an unknown SKU
	 * @throws ConflictException when the cart service refuses the quote (a coupon that is
	 * not valid)
	 */
	public Quote quote(UUID orderId, List<Item> items, @Nullable String couponCode, ShippingAddress destination,
			String shippingRateId) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("lines", items);
		if (couponCode != null) {
			request.put("couponCode", couponCode);
		}
		request.put("destination", destination);
		request.put("shippingRateId", shippingRateId);
		// a coupon with a usage limit is held for this order until it is confirmed or
		// fails
		request.put("orderId", orderId);
		Answer answer = Answer.of(SERVICE,
				this.rest.post().uri("/carts/quote").contentType(MediaType.APPLICATION_JSON).body(request));
		if (answer.status() == 404) {
			throw new InvalidRequestException("lines",
					"has a SKU that is not sold: " + Answer.text(answer.body(), "detail"));
		}
		if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
			throw new ConflictException(ProblemTypes.of("quote-refused"), "Basket cannot be priced",
					"The cart service refused to price this basket: " + Answer.text(answer.body(), "detail"));
		}
		if (!answer.ok()) {
			throw answer.unexpected();
		}
		return quoteOf(answer.body());
	}

	private static Quote quoteOf(JsonNode body) {
		String currency = Answer.text(body, "currency");
		List<OrderLine> lines = new ArrayList<>();
		for (JsonNode line : body.path("lines")) {
			UUID productId = Answer.uuid(line, "productId");
			Money unitPrice = Answer.money(line, "unitPrice", currency);
			Money lineTotal = Answer.money(line, "lineTotal", currency);
			if (productId == null || unitPrice == null || lineTotal == null) {
				throw new PeerFailedException(SERVICE, 200, "a quote line lacks its product or prices");
			}
			lines.add(new OrderLine(Answer.text(line, "sku"), productId, Answer.uuid(line, "sellerId"),
					Answer.text(line, "name"), line.path("quantity").asInt(), unitPrice, lineTotal));
		}
		JsonNode totals = body.path("totals");
		Money total = Answer.money(totals, "total", currency);
		Money subtotal = Answer.money(totals, "subtotal", currency);
		if (total == null || subtotal == null || lines.isEmpty()) {
			throw new PeerFailedException(SERVICE, 200, "the quote lacks its lines or totals");
		}
		Money zero = Money.zero(total.currency());
		return new Quote(total.currency(), lines,
				new OrderTotals(subtotal, orZero(Answer.money(totals, "discount", currency), zero),
						orZero(Answer.money(totals, "shipping", currency), zero),
						orZero(Answer.money(totals, "tax", currency), zero), total),
				couponOf(body));
	}

	private static Money orZero(@Nullable Money money, Money zero) {
		return (money != null) ? money : zero;
	}

	/**
	 * The coupon's code: {@code coupon} as a code, or as an object with a {@code code}.
	 */
	private static @Nullable String couponOf(JsonNode body) {
		JsonNode coupon = body.path("coupon");
		if (coupon.isString()) {
			return coupon.asString().isBlank() ? null : coupon.asString();
		}
		String code = Answer.optionalText(coupon, "code");
		return (code != null) ? code : Answer.optionalText(body, "couponCode");
	}

}
