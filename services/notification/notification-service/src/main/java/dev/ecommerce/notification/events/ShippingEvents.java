package dev.ecommerce.notification.events;

import java.util.Map;

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
 * Tells shoppers where their parcels are: created (with the tracking link), out for
 * delivery, delivered, or held up. A shipment's order must be known from the order
 * service's events; until it is, the event fails and is retried.
 */
@Component
class ShippingEvents {

	static final String CONSUMER = "notification-shipping";

	private static final Map<String, Kind> STATUSES = Map.of("OUT_FOR_DELIVERY", Kind.SHIPMENT_OUT_FOR_DELIVERY,
			"DELIVERED", Kind.SHIPMENT_DELIVERED, "EXCEPTION", Kind.SHIPMENT_EXCEPTION);

	private final HandledEvents handledEvents;

	private final Dispatcher dispatcher;

	private final OrderOwners owners;

	private final JsonMapper jsonMapper;

	ShippingEvents(HandledEvents handledEvents, Dispatcher dispatcher, OrderOwners owners, JsonMapper jsonMapper) {
		this.handledEvents = handledEvents;
		this.dispatcher = dispatcher;
		this.owners = owners;
		this.jsonMapper = jsonMapper;
	}

	@KafkaListener(topics = "shipping.events")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvent event = IncomingEvent.from(record, this.jsonMapper);
		Kind kind;
		if (ShipmentEvent.CREATED.equals(event.type())) {
			kind = Kind.SHIPMENT_CREATED;
		}
		else if (ShipmentEvent.STATUS_CHANGED.equals(event.type())) {
			kind = STATUSES.get(String.valueOf(event.dataAs(ShipmentEvent.class).status()));
		}
		else {
			return;
		}
		if (kind == null) {
			return;
		}
		this.handledEvents.handleOnce(CONSUMER, event, () -> {
			ShipmentEvent shipment = event.dataAs(ShipmentEvent.class);
			OrderOwners.Owner owner = this.owners.of(shipment.orderId())
				.orElseThrow(() -> new IllegalStateException("The order " + shipment.orderId() + " of shipment "
						+ shipment.shipmentId() + " is not known yet"));
			this.dispatcher.dispatch(new Message(event.id(), kind, owner.userId(),
					Message.model("orderId", shipment.orderId(), "number", owner.number(), "carrier",
							shipment.carrier(), "trackingNumber", shipment.trackingNumber(), "trackingUrl",
							shipment.trackingUrl(), "location", shipment.location(), "detail",
							shipment.description())));
		});
	}

}
