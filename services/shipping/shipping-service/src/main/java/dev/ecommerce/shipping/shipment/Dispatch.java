package dev.ecommerce.shipping.shipment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.platform.events.outbox.Outbox;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.platform.web.versioning.ETags;
import dev.ecommerce.shipping.Caller;
import dev.ecommerce.shipping.api.Parcel;
import dev.ecommerce.shipping.api.ShipmentCreated;
import dev.ecommerce.shipping.api.ShipmentRequest;
import dev.ecommerce.shipping.api.ShipmentResponse;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.ShipmentStatusChanged;
import dev.ecommerce.shipping.api.ShippingAddress;
import dev.ecommerce.shipping.api.TrackingEventRequest;
import dev.ecommerce.shipping.api.TrackingEventResponse;
import dev.ecommerce.shipping.api.TrackingResponse;
import dev.ecommerce.shipping.carrier.CarrierNetwork;
import dev.ecommerce.shipping.carrier.Consignment;
import dev.ecommerce.shipping.carrier.Purchase;
import dev.ecommerce.shipping.carrier.SenderProperties;
import dev.ecommerce.shipping.label.LabelContent;
import dev.ecommerce.shipping.label.LabelPrinter;
import dev.ecommerce.shipping.rates.RateClaims;
import dev.ecommerce.shipping.rates.RateQuotes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipments from creation to delivery: one per order, its label bought where its rate was
 * quoted, its journey recorded step by step, each change told on {@code shipping.events}
 * through the outbox.
 */
@Service
public class Dispatch {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "status", "status");

	private final Shipments shipments;

	private final RateQuotes rates;

	private final LabelPrinter printer;

	private final SenderProperties sender;

	private final Outbox outbox;

	private final Clock clock;

	Dispatch(Shipments shipments, RateQuotes rates, LabelPrinter printer, SenderProperties sender, Outbox outbox,
			Clock clock) {
		this.shipments = shipments;
		this.rates = rates;
		this.printer = printer;
		this.sender = sender;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Creates the shipment of an order, or answers the one it has.
	 * @param request the order, its rate and address
	 * @return the shipment, and whether it was created now
	 */
	@Transactional
	public Created create(ShipmentRequest request) {
		this.shipments.lockOrder(request.orderId());
		var existing = this.shipments.findByOrderId(request.orderId());
		if (existing.isPresent()) {
			return new Created(existing.get().toResponse(), false);
		}
		RateClaims rate = claimsOf(request.rateId());
		ShippingAddress address = request.address();
		CarrierNetwork network = this.rates.network(rate.network());
		if (!address.country().equals(rate.country())
				|| !network.delivers(rate.offer(), address.country(), address.postalCode())) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("address-outside-rate"),
					"Address outside the rate's zone",
					"The rate " + rate.carrier() + "/" + rate.service() + " was quoted for another zone than "
							+ address.postalCode() + ", " + address.country() + "; ask for rates to this address.");
		}
		List<Long> weights = (request.parcels() == null || request.parcels().isEmpty()) ? List.of(rate.weightGrams())
				: request.parcels().stream().map(Parcel::weightGrams).toList();
		UUID id = UUID.randomUUID();
		long weight = weights.stream().mapToLong(Long::longValue).sum();
		Purchase label = network.buy(rate.offer(), new Consignment(id, address, weight));
		Instant now = now();
		Shipment shipment = new Shipment(id, request.orderId(), request.orderNumber(), request.userId(), rate.network(),
				rate.carrier(), rate.service(), rate.serviceName(), rate.zone(), label.trackingNumber(),
				label.trackingUrl(), ShipmentStatus.LABEL_CREATED, address, weights, rate.price(), 1, now, now);
		this.shipments.insert(shipment);
		this.shipments.record(new TrackingEvent(UUID.randomUUID(), id, ShipmentStatus.LABEL_CREATED, null,
				"Label created", "SYSTEM", now, now));
		this.outbox.publish(ShipmentCreated.TYPE, id.toString(), new ShipmentCreated(id, shipment.orderId(),
				shipment.carrier(), shipment.service(), shipment.trackingNumber(), shipment.trackingUrl(), now));
		return new Created(shipment.toResponse(), true);
	}

	@Transactional(readOnly = true)
	public ShipmentResponse get(Caller caller, UUID id) {
		return visible(caller, id).toResponse();
	}

	@Transactional(readOnly = true)
	public PageResponse<ShipmentResponse> list(Caller caller, @Nullable UUID orderId, PageQuery query) {
		Sort sort = query.toSort(SORTABLE);
		String orderBy = sort.isSorted()
				? String.join(", ",
						sort.stream().map((order) -> order.getProperty() + " " + order.getDirection().name()).toList())
				: "created_at DESC";
		UUID userId = caller.staff() ? null : caller.id();
		return PageResponse
			.of(this.shipments.page(userId, orderId, orderBy, query.size(), (long) query.page() * query.size())
				.stream()
				.map(Shipment::toResponse)
				.toList(), query, this.shipments.count(userId, orderId));
	}

	@Transactional
	public ShipmentResponse readdress(UUID id, ShippingAddress address, @Nullable String ifMatch) {
		Shipment shipment = locked(id);
		ETags.checkIfMatch(ifMatch, shipment.version());
		Shipment moved = shipment.readdress(address, now());
		if (!address.country().equals(shipment.address().country()) || !this.rates.network(shipment.network())
			.delivers(shipment.offer(), address.country(), address.postalCode())) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("address-outside-rate"),
					"Address outside the rate's zone", "The shipment was paid for the zone " + shipment.zone() + " of "
							+ shipment.carrier() + "; " + address.postalCode() + " is not in it.");
		}
		this.shipments.update(moved);
		return moved.toResponse();
	}

	@Transactional
	public void voidLabel(UUID id, @Nullable String ifMatch) {
		Shipment shipment = locked(id);
		ETags.checkIfMatch(ifMatch, shipment.version());
		Shipment voided = shipment.voidLabel(now());
		this.shipments.update(voided);
		track(voided, new TrackingEventRequest(ShipmentStatus.VOIDED, null, "Label voided", voided.updatedAt()),
				"ADMIN", true);
	}

	/**
	 * Records a step of a shipment's journey. The same report twice (same status, same
	 * time) is recorded once, since carriers repeat webhooks.
	 */
	@Transactional
	public ShipmentResponse record(UUID id, TrackingEventRequest event, String source) {
		Shipment shipment = locked(id);
		Instant at = (event.at() != null) ? event.at().truncatedTo(ChronoUnit.MICROS) : now();
		boolean repeat = this.shipments.journey(id)
			.stream()
			.anyMatch((known) -> known.status() == event.status() && known.at().equals(at));
		if (repeat) {
			return shipment.toResponse();
		}
		Shipment moved = shipment.moveTo(event.status(), now());
		this.shipments.update(moved);
		track(moved, new TrackingEventRequest(event.status(), event.location(), event.description(), at), source,
				moved.status() != shipment.status());
		return moved.toResponse();
	}

	/**
	 * Records a step; a change of status is announced, a repeated scan is not.
	 */
	private void track(Shipment shipment, TrackingEventRequest event, String source, boolean announce) {
		Instant at = (event.at() != null) ? event.at() : now();
		this.shipments.record(new TrackingEvent(UUID.randomUUID(), shipment.id(), event.status(), event.location(),
				event.description(), source, at, now()));
		if (!announce) {
			return;
		}
		this.outbox.publish(ShipmentStatusChanged.TYPE, shipment.id().toString(),
				new ShipmentStatusChanged(shipment.id(), shipment.orderId(), shipment.trackingNumber(), event.status(),
						event.location(), event.description(), at));
	}

	@Transactional(readOnly = true)
	public TrackingResponse tracking(String trackingNumber) {
		// tracking numbers are printed in capitals; people type them as they like
		Shipment shipment = this.shipments
			.findByTrackingNumber(trackingNumber.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("No shipment has the tracking number " + trackingNumber + "."));
		List<TrackingEventResponse> events = this.shipments.journey(shipment.id())
			.stream()
			.map(TrackingEvent::toResponse)
			.toList();
		return new TrackingResponse(shipment.trackingNumber(), shipment.carrier(), shipment.service(),
				shipment.status(), events);
	}

	@Transactional(readOnly = true)
	public byte[] label(Caller caller, UUID id) {
		Shipment shipment = visible(caller, id);
		if (shipment.status() == ShipmentStatus.VOIDED) {
			throw new ShipmentStateException("Label voided",
					"The label of shipment " + shipment.trackingNumber() + " was voided.");
		}
		return this.printer.print(new LabelContent(this.sender.address(), shipment.address(), shipment.carrier(),
				shipment.serviceName(), shipment.weightGrams(), shipment.parcelWeights().size(), shipment.orderNumber(),
				shipment.trackingNumber(), shipment.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), false));
	}

	/** Whether an order already has its shipment. */
	@Transactional(readOnly = true)
	public boolean hasShipment(UUID orderId) {
		return this.shipments.findByOrderId(orderId).isPresent();
	}

	private RateClaims claimsOf(String rateId) {
		try {
			// an expired rate is still honoured: the shopper paid for it while it was
			// valid
			return this.rates.claims(rateId);
		}
		catch (NotFoundException ex) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("invalid-rate"),
					"Invalid rate", "The rate id was not issued by this service or was altered.");
		}
	}

	private Shipment visible(Caller caller, UUID id) {
		return this.shipments.findById(id)
			.filter((shipment) -> caller.staff() || shipment.belongsTo(caller.id()))
			.orElseThrow(() -> notFound(id));
	}

	private Shipment locked(UUID id) {
		return this.shipments.lock(id).orElseThrow(() -> notFound(id));
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("No shipment " + id + ".");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A shipment and whether this request created it.
	 */
	public record Created(ShipmentResponse shipment, boolean created) {

	}

}
