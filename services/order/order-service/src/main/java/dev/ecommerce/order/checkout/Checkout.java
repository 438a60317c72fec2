package dev.ecommerce.order.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.ecommerce.order.Caller;
import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderBook;
import dev.ecommerce.order.order.OrderEvents;
import dev.ecommerce.order.order.OrderStatus;
import dev.ecommerce.order.order.Orders;
import dev.ecommerce.order.peers.CartClient;
import dev.ecommerce.order.peers.ShippingClient;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.InvalidRequestException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.problem.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Places orders priced by the cart service's quote and the shipping service's rate, and
 * cancels them; the saga does the rest.
 */
@Service
class Checkout {

	private final CartClient carts;

	private final ShippingClient shipping;

	private final Orders orders;

	private final OrderBook book;

	private final OrderEvents events;

	private final SagaRows rows;

	private final SagaWorker worker;

	private final CheckoutProperties properties;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Clock clock;

	Checkout(CartClient carts, ShippingClient shipping, Orders orders, OrderBook book, OrderEvents events,
			SagaRows rows, SagaWorker worker, CheckoutProperties properties, JdbcClient jdbc,
			TransactionOperations transactions, Clock clock) {
		this.carts = carts;
		this.shipping = shipping;
		this.orders = orders;
		this.book = book;
		this.events = events;
		this.rows = rows;
		this.worker = worker;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Places an order: {@code PENDING}, with a copy of the quoted lines and prices; the
	 * checkout then runs by itself. Placing again with the same {@code Idempotency-Key}
	 * gives the order placed the first time.
	 */
	Order place(Caller caller, PlaceOrderRequest request, @Nullable String idempotencyKey) {
		if (idempotencyKey != null) {
			Optional<Order> placed = this.orders.findPlaced(caller.userId(), idempotencyKey);
			if (placed.isPresent()) {
				return placed.get();
			}
		}
		if (request.paymentMethod().looksLikeACardNumber()) {
			throw new InvalidRequestException("paymentMethod.token",
					"must be the gateway's token, never a card number");
		}
		List<CartClient.Item> items;
		String coupon = request.couponCode();
		if (request.cartId() != null && request.lines() == null) {
			CartClient.Cart cart = this.carts.cart(request.cartId());
			if (cart.userId() == null || !caller.is(cart.userId())) {
				throw new NotFoundException("No cart " + request.cartId() + ".");
			}
			if (cart.items().isEmpty()) {
				throw new ConflictException(ProblemTypes.of("cart-empty"), "Cart is empty",
						"Cart " + cart.id() + " has no items to order.");
			}
			items = cart.items();
			coupon = (coupon != null) ? coupon : cart.couponCode();
		}
		else if (request.cartId() == null && request.lines() != null) {
			items = itemsOf(request.lines());
		}
		else {
			throw new InvalidRequestException("cartId", "give either a cartId or lines, not both and not neither");
		}
		ShippingAddress address = request.shippingAddress().toAddress();
		ShippingClient.Rate rate = this.shipping.rate(request.shippingRateId());
		UUID orderId = UUID.randomUUID();
		CartClient.Quote quote = this.carts.quote(orderId, items, coupon, address, request.shippingRateId());
		checkQuoteCovers(items, quote);
		if (rate.amount() != null && !rate.amount().currency().equals(quote.currency())) {
			throw new ConflictException(ProblemTypes.of("currency-mismatch"), "Currencies differ",
					"The shipping rate is in " + rate.amount().currency() + ", the basket in " + quote.currency()
							+ ".");
		}
		Order order = newOrder(orderId, caller, request, quote, rate, address);
		try {
			this.transactions.executeWithoutResult((tx) -> {
				this.orders.insert(order);
				if (idempotencyKey != null) {
					this.orders.placedWith(order.id(), caller.userId(), idempotencyKey);
				}
				this.events.placed(order);
			});
		}
		catch (DuplicateKeyException ex) {
			// the same request, running at the same time, placed it first
			return this.orders.findPlaced(caller.userId(), Objects.requireNonNull(idempotencyKey)).orElseThrow();
		}
		this.worker.nudge(order.id());
		return this.orders.find(order.id()).orElseThrow();
	}

	/**
	 * Cancels an order before it ships: {@code CANCELLED} at once, then its shipment is
	 * voided, its payment refunded and its stock released by the saga's compensation,
	 * which runs now and, if a peer is down, again until done.
	 */
	Order cancel(Caller caller, UUID id, @Nullable String reason) {
		this.transactions.executeWithoutResult((tx) -> {
			Order order = this.book.lock(caller, id);
			boolean pickedUp = order.saga().shipmentStatus() != null
					&& !"LABEL_CREATED".equals(order.saga().shipmentStatus());
			if (!order.status().beforeShipment() || pickedUp) {
				throw new ConflictException(ProblemTypes.of("order-not-cancellable"), "Order cannot be cancelled",
						"Order " + order.number() + " is " + order.status() + (pickedUp ? " and with the carrier" : "")
								+ ": only an order that has not shipped can be cancelled.");
			}
			String why = (reason != null && !reason.isBlank()) ? reason.strip()
					: (caller.isAdmin() && !caller.is(order.userId())) ? "cancelled by an admin"
							: "cancelled by the customer";
			this.orders.changeStatus(id, order.status(), OrderStatus.CANCELLED, why, this.clock.instant());
			this.rows.compensate(id, this.clock.instant());
		});
		this.worker.runNow(id);
		return this.orders.find(id).orElseThrow();
	}

	private Order newOrder(UUID id, Caller caller, PlaceOrderRequest request, CartClient.Quote quote,
			ShippingClient.Rate rate, ShippingAddress address) {
		Instant now = this.clock.instant();
		long number = this.jdbc.sql("SELECT nextval('order_number')").query(Long.class).single();
		Order.Saga saga = new Order.Saga(SagaStep.RESERVE_STOCK.name(), 0, now, null,
				now.plus(this.properties.deadline()), null, null, null, null, null, null, 0, null, null, null, null);
		return new Order(id, String.format("ORD-%08d", number), caller.userId(), OrderStatus.PENDING, quote.lines(),
				quote.totals(), quote.couponCode(), address, null,
				new Order.Shipping(request.shippingRateId(), rate.carrier(), rate.service()),
				request.paymentMethod().gateway(), request.paymentMethod().token(), saga, List.of(), null, 0, now, now);
	}

	private static List<CartClient.Item> itemsOf(List<PlaceOrderRequest.LineRequest> lines) {
		Set<String> seen = new HashSet<>();
		List<Problems.FieldError> errors = new ArrayList<>();
		List<CartClient.Item> items = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			PlaceOrderRequest.LineRequest line = lines.get(i);
			if (!seen.add(line.sku())) {
				errors.add(new Problems.FieldError("lines[" + i + "].sku", "is already in an earlier line"));
			}
			items.add(new CartClient.Item(line.sku(), line.quantity()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return items;
	}

	/**
	 * The quote must price exactly what is ordered: the order never charges for anything
	 * else.
	 */
	private static void checkQuoteCovers(List<CartClient.Item> items, CartClient.Quote quote) {
		Map<String, Integer> asked = new HashMap<>();
		items.forEach((item) -> asked.merge(item.sku(), item.quantity(), Integer::sum));
		Map<String, Integer> quoted = new HashMap<>();
		for (OrderLine line : quote.lines()) {
			quoted.merge(line.sku(), line.quantity(), Integer::sum);
		}
		if (!Objects.equals(asked, quoted)) {
			throw new ConflictException(ProblemTypes.of("quote-differs"), "Basket cannot be priced",
					"The cart service priced other lines than those ordered; try again.");
		}
	}

}
