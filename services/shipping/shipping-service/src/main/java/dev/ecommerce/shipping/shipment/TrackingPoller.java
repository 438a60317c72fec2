package dev.ecommerce.shipping.shipment;

import dev.ecommerce.shipping.api.ShipmentStatus;
import dev.ecommerce.shipping.api.TrackingEventRequest;
import dev.ecommerce.shipping.carrier.CarrierNetwork;
import dev.ecommerce.shipping.carrier.Scan;
import dev.ecommerce.shipping.rates.RateQuotes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the networks that do not call back (the multi-carrier API) where their parcels
 * are, and records what is new. A scan already recorded (same status and time) is
 * skipped; one the journey does not allow (out of order) is ignored.
 */
@Component
class TrackingPoller {

	private static final Logger logger = LoggerFactory.getLogger(TrackingPoller.class);

	private static final int BATCH = 100;

	private final Shipments shipments;

	private final Dispatch dispatch;

	private final RateQuotes rates;

	TrackingPoller(Shipments shipments, Dispatch dispatch, RateQuotes rates) {
		this.shipments = shipments;
		this.dispatch = dispatch;
		this.rates = rates;
	}

	@Scheduled(fixedDelayString = "${shipping.tracking.poll-interval:15m}",
			initialDelayString = "${shipping.tracking.poll-interval:15m}")
	void poll() {
		for (Shipment shipment : this.shipments.inFlightElsewhere(BATCH)) {
			try {
				CarrierNetwork network = this.rates.network(shipment.network());
				network.track(shipment.trackingNumber()).forEach((scan) -> apply(shipment, scan));
			}
			catch (RuntimeException ex) {
				logger.warn("Tracking of {} failed: {}", shipment.trackingNumber(), ex.getMessage());
			}
		}
	}

	private void apply(Shipment shipment, Scan scan) {
		if (scan.status() == ShipmentStatus.LABEL_CREATED) {
			return;
		}
		try {
			this.dispatch.record(shipment.id(),
					new TrackingEventRequest(scan.status(), scan.location(), scan.description(), scan.at()), "CARRIER");
		}
		catch (ShipmentStateException ex) {
			logger.debug("Scan of {} not applied: {}", shipment.trackingNumber(), ex.getMessage());
		}
	}

}
