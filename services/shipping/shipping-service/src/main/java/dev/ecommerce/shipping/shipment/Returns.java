package dev.ecommerce.shipping.shipment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.ecommerce.platform.web.problem.ConflictException;
import dev.ecommerce.platform.web.problem.NotFoundException;
import dev.ecommerce.platform.web.problem.ProblemTypes;
import dev.ecommerce.shipping.Caller;
import dev.ecommerce.shipping.api.ReturnLabelRequest;
import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.carrier.Consignment;
import dev.ecommerce.shipping.carrier.Purchase;
import dev.ecommerce.shipping.carrier.SenderProperties;
import dev.ecommerce.shipping.label.LabelContent;
import dev.ecommerce.shipping.label.LabelPrinter;
import dev.ecommerce.shipping.rates.RateQuotes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return labels for accepted returns of delivered shipments: bought from the shipment's
 * carrier and service, from the shopper's address back to the shop, one per return.
 */
@Service
public class Returns {

	private final Shipments shipments;

	private final ReturnLabels labels;

	private final RateQuotes rates;

	private final LabelPrinter printer;

	private final SenderProperties sender;

	private final Clock clock;

	Returns(Shipments shipments, ReturnLabels labels, RateQuotes rates, LabelPrinter printer, SenderProperties sender,
			Clock clock) {
		this.shipments = shipments;
		this.labels = labels;
		this.rates = rates;
		this.printer = printer;
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * The return label of a return, made if it has none yet.
	 * @return the label, and whether it was made now
	 */
	@Transactional
	public Made create(UUID shipmentId, ReturnLabelRequest request) {
		Shipment shipment = this.shipments.lock(shipmentId)
			.orElseThrow(() -> new NotFoundException("No shipment " + shipmentId + "."));
		var existing = this.labels.findByReturnId(request.returnId());
		if (existing.isPresent()) {
			if (!existing.get().shipmentId().equals(shipmentId)) {
				throw new ConflictException(ProblemTypes.of("return-of-another-shipment"), "Return of another shipment",
						"Return " + request.returnId() + " already has a label for shipment "
								+ existing.get().shipmentId() + ".");
			}
			return new Made(existing.get(), false);
		}
		if (shipment.status() != ShipmentStatus.DELIVERED) {
			throw new ShipmentStateException("Shipment not delivered", "Shipment " + shipment.trackingNumber() + " is "
					+ shipment.status() + "; goods are returned only once delivered.");
		}
		long weight = (request.parcel() != null) ? request.parcel().weightGrams() : shipment.weightGrams();
		UUID id = UUID.randomUUID();
		Purchase purchase = this.rates.network(shipment.network())
			.buy(shipment.offer(), new Consignment(id, this.sender.address(), weight, shipment.address()));
		ReturnLabels.ReturnLabel label = new ReturnLabels.ReturnLabel(id, shipmentId, request.returnId(),
				purchase.trackingNumber(), purchase.trackingUrl(), weight, now());
		this.labels.insert(label);
		return new Made(label, true);
	}

	@Transactional(readOnly = true)
	public byte[] print(Caller caller, UUID shipmentId, UUID returnId) {
		Shipment shipment = this.shipments.findById(shipmentId)
			.filter((candidate) -> caller.staff() || candidate.belongsTo(caller.id()))
			.orElseThrow(() -> new NotFoundException("No shipment " + shipmentId + "."));
		ReturnLabels.ReturnLabel label = this.labels.findByReturnId(returnId)
			.filter((candidate) -> candidate.shipmentId().equals(shipmentId))
			.orElseThrow(() -> new NotFoundException("No return label for return " + returnId + "."));
		return this.printer.print(new LabelContent(shipment.address(), this.sender.address(), shipment.carrier(),
				shipment.serviceName(), label.weightGrams(), 1, shipment.orderNumber(), label.trackingNumber(),
				label.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), true));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** A return label and whether this request made it. */
	public record Made(ReturnLabels.ReturnLabel label, boolean created) {

	}

}
