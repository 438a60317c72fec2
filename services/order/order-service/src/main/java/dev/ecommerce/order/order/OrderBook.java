package dev.ecommerce.order.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.order.Caller;
import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.patch.MergePatch;
import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.versioning.ETags;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading orders as each caller may see them, and the changes that need no peer: the
 * address and note, and deleting an order that ended without a payment.
 */
@Service
public class OrderBook {

	private final Orders orders;

	private final JsonMapper jsonMapper;

	private final Validator validator;

	private final Clock clock;

	OrderBook(Orders orders, JsonMapper jsonMapper, Validator validator, Clock clock) {
		this.orders = orders;
		this.jsonMapper = jsonMapper;
		this.validator = validator;
		this.clock = clock;
	}

	/**
	 * The order, if the caller may see it: its customer, an admin or a service. Anyone
	 * else gets the same 404 as for no order.
	 */
	@Transactional(readOnly = true)
	public Order get(Caller caller, UUID id) {
		return visible(caller, this.orders.find(id), id);
	}

	/** The order locked for a change, if the caller may see it. */
	@Transactional
	public Order lock(Caller caller, UUID id) {
		return visible(caller, this.orders.lock(id), id);
	}

	/**
	 * A page of orders: a customer's own, a seller's with its products (only its lines),
	 * everyone's for admins and services; a service may ask for one user's.
	 */
	@Transactional(readOnly = true)
	public PageResponse<OrderResponse> list(Caller caller, @Nullable OrderStatus status, @Nullable UUID userId,
			@Nullable Instant from, @Nullable Instant to, PageQuery page) {
		OrderFilter filter;
		UUID sellerId = null;
		if (caller.seesEverything()) {
			filter = new OrderFilter(userId, null, status, from, to);
		}
		else if (caller.isSeller()) {
			sellerId = caller.userId();
			filter = new OrderFilter(null, sellerId, status, from, to);
		}
		else {
			filter = new OrderFilter(caller.userId(), null, status, from, to);
		}
		long total = this.orders.count(filter);
		UUID seller = sellerId;
		List<OrderResponse> items = this.orders.page(filter, page.page() * page.size(), page.size())
			.stream()
			.map((order) -> (seller != null) ? OrderResponse.from(order, linesOf(order, seller))
					: OrderResponse.from(order))
			.toList();
		return PageResponse.of(items, page, total);
	}

	/**
	 * Changes the address and note of an order that has not shipped.
	 * @param patch a JSON merge patch of {@code {shippingAddress, note}}
	 */
	@Transactional
	public Order change(Caller caller, UUID id, JsonNode patch, @Nullable String ifMatch) {
		Order order = lock(caller, id);
		ETags.checkIfMatch(ifMatch, order.version());
		OrderChangeRequest request = MergePatch.apply(OrderChangeRequest.of(order), patch, OrderChangeRequest.class,
				this.jsonMapper);
		MergePatch.validate(request, this.validator);
		if (!order.changeable()) {
			throw new ConflictException(ProblemTypes.of("order-shipped"), "Order shipped", "Order " + order.number()
					+ " is " + order.status() + ": its address and note can no longer change.");
		}
		this.orders.changeDetails(id, request.shippingAddress().toAddress(), request.note(), this.clock.instant());
		return this.orders.find(id).orElseThrow();
	}

	/** Deletes an order that ended without a payment; admins only. */
	@Transactional
	public void delete(UUID id) {
		Order order = this.orders.lock(id).orElseThrow(() -> notFound(id));
		if (!order.endedWithoutPayment()) {
			throw new ConflictException(ProblemTypes.of("order-not-deletable"), "Order cannot be deleted",
					"Order " + order.number() + " is " + order.status()
							+ ": only an order that ended without a payment can be deleted.");
		}
		this.orders.delete(id);
	}

	private static List<OrderLine> linesOf(Order order, UUID sellerId) {
		return order.lines().stream().filter((line) -> sellerId.equals(line.sellerId())).toList();
	}

	private static Order visible(Caller caller, Optional<Order> found, UUID id) {
		return found.filter((order) -> caller.seesEverything() || caller.is(order.userId()))
			.orElseThrow(() -> notFound(id));
	}

	public static NotFoundException notFound(UUID id) {
		return new NotFoundException("No order " + id + ".");
	}

}
