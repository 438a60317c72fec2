package dev.ecommerce.shipping.shipment;

import java.util.List;

import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.shipping.api.Destination;
import dev.ecommerce.shipping.api.RateItem;
import dev.ecommerce.shipping.api.RateRequest;
import dev.ecommerce.shipping.api.RateResponse;
import dev.ecommerce.shipping.api.ShipmentRequest;
import dev.ecommerce.shipping.api.ShippingAddress;
import dev.ecommerce.shipping.rates.RateClaims;
import dev.ecommerce.shipping.rates.RateQuotes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Ships each confirmed order once, at the rate the shopper chose; when the order carries
 * no rate, or one that no longer fits its address, at the cheapest rate for its lines. An
 * order that no carrier can take is logged, not retried: retrying cannot change it.
 */
@Component
class OrderEvents {

	private static final Logger logger = LoggerFactory.getLogger(OrderEvents.class);

	static final String CONSUMER = "shipping-order-confirmed";

	static final String TOPIC = "order.events";

	private final HandledEvents handledEvents;

	private final Dispatch dispatch;

	private final RateQuotes rates;

	private final JsonMapper jsonMapper;

	OrderEvents(HandledEvents handledEvents, Dispatch dispatch, RateQuotes rates, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.dispatch = dispatch;
		this.rates = rates;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		if (OrderConfirmed.TYPE.equals(event.type())) {
			this.handledEvents.handleOnce(CONSUMER, event, () -> ship(event.dataAs(OrderConfirmed.class)));
		}
	}

	/**
	 * Decides the rate before creating anything, since a refusal inside the effect's
	 * transaction would roll all of it back.
	 */
	private void ship(OrderConfirmed order) {
		if (this.dispatch.hasShipment(order.orderId())) {
			return;
		}
		String rateId = order.shippingRateId();
		if (rateId == null || !fits(rateId, order.shippingAddress())) {
			try {
				rateId = cheapestRate(order);
			}
			catch (ProblemException ex) {
				if (!ex.getStatusCode().is4xxClientError()) {
					throw ex;
				}
				logger.warn("Order {} cannot be shipped: {}", order.orderId(), ex.getMessage());
				return;
			}
		}
		this.dispatch.create(request(order, rateId));
	}

	/** Whether a rate id was issued here and its price holds at the address. */
	private boolean fits(String rateId, ShippingAddress address) {
		try {
			RateClaims rate = this.rates.claims(rateId);
			boolean fits = rate.country().equals(address.country()) && this.rates.network(rate.network())
				.delivers(rate.offer(), address.country(), address.postalCode());
			if (!fits) {
				logger.warn("The rate of an order does not fit its address; shipping at the cheapest rate");
			}
			return fits;
		}
		catch (ProblemException ex) {
			logger.warn("The rate of an order cannot be used ({}); shipping at the cheapest rate", ex.getMessage());
			return false;
		}
	}

	private String cheapestRate(OrderConfirmed order) {
		List<RateItem> items = (order.lines() != null)
				? order.lines().stream().map((line) -> new RateItem(line.sku(), line.quantity())).toList() : List.of();
		if (items.isEmpty()) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("no-lines"), "No lines",
					"The order has neither a usable rate nor lines to price one from.");
		}
		List<RateResponse> quoted = this.rates.quote(new RateRequest(
				new Destination(order.shippingAddress().country(), order.shippingAddress().postalCode()), items));
		return quoted.get(0).rateId();
	}

	private static ShipmentRequest request(OrderConfirmed order, String rateId) {
		return new ShipmentRequest(order.orderId(), rateId, order.shippingAddress(), null, order.number(),
				order.userId());
	}

}
