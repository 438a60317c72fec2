package dev.ecommerce.notification.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.ecommerce.notification.dispatch.Dispatcher;
import dev.ecommerce.notification.dispatch.Kind;
import dev.ecommerce.notification.dispatch.Message;
import dev.ecommerce.platform.events.inbox.HandledEvents;
import dev.ecommerce.platform.events.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells shoppers how their orders go, and sellers of their new orders. OrderShipped and
 * OrderDelivered are left to the shipping service's events, which carry the tracking
 * link.
 */
@Component
class OrderEvents {

	static final String CONSUMER = "notification-orders";

	private static final Map<String, Kind> KINDS = Map.of(OrderEvent.PLACED, Kind.ORDER_PLACED, OrderEvent.CONFIRMED,
			Kind.ORDER_CONFIRMED, OrderEvent.REJECTED, Kind.ORDER_REJECTED, OrderEvent.PAYMENT_FAILED,
			Kind.ORDER_PAYMENT_FAILED, OrderEvent.CANCELLED, Kind.ORDER_CANCELLED, OrderEvent.REFUNDED,
			Kind.ORDER_REFUNDED, OrderEvent.RETURN_REQUESTED, Kind.RETURN_REQUESTED, OrderEvent.RETURN_RECEIVED,
			Kind.RETURN_RECEIVED);

	private final HandledEvents handledEvents;

	private final Dispatcher dispatcher;

	private final OrderOwners owners;

	private final JsonMapper jsonMapper;

	OrderEvents(HandledEvents handledEvents, Dispatcher dispatcher, OrderOwners owners, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.dispatcher = dispatcher;
		this.owners = owners;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = "order.events")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		Kind kind = KINDS.get(event.type());
		if (kind == null) {
			return;
		}
		this.handledEvents.handleOnce(CONSUMER, event, () -> handle(event.id(), kind, event.dataAs(OrderEvent.class)));
	}

	private void handle(String eventId, Kind kind, OrderEvent order) {
		UUID user = order.userId();
		if (user != null) {
			this.owners.record(order.orderId(), user, order.number());
			this.dispatcher.dispatch(new Message(eventId, kind, user,
					Message.model("orderId", order.orderId(), "number", order.number(), "lines", order.lines(),
							"totals", order.totals(), "detail",
							(order.reason() != null) ? order.reason() : order.failureCode(), "amount",
							order.refundAmount(), "returnId", order.returnId())));
		}
		if (kind == Kind.ORDER_CONFIRMED) {
			Map<UUID, List<OrderEvent.Line>> bySeller = order.linesOrNone()
				.stream()
				.filter((line) -> line.sellerId() != null)
				.collect(Collectors.groupingBy((line) -> Objects.requireNonNull(line.sellerId()), LinkedHashMap::new,
						Collectors.toList()));
			if (user != null) {
				this.owners.customerOf(bySeller.keySet(), user);
			}
			bySeller.forEach((seller, lines) -> this.dispatcher.dispatch(new Message(eventId, Kind.SELLER_NEW_ORDER,
					seller, Message.model("orderId", order.orderId(), "number", order.number(), "lines", lines))));
		}
	}

}
