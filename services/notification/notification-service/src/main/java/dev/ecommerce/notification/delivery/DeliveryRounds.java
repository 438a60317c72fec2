package dev.ecommerce.notification.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.ecommerce.notification.api.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what is due, round after round. A send happens outside any transaction; its
 * outcome is recorded after it.
 */
@Component
class DeliveryRounds {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryRounds.class);

	private final Deliveries deliveries;

	private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

	DeliveryRounds(Deliveries deliveries, List<ChannelSender> senders) {
		this.deliveries = deliveries;
		senders.forEach((sender) -> this.senders.put(sender.channel(), sender));
	}

	@Scheduled(fixedDelayString = "${ecommerce.notification.delivery.poll-interval:1s}")
	void deliverDue() {
		List<Outgoing> due;
		do {
			due = this.deliveries.claimDue();
			due.forEach(this::deliver);
		}
		while (!due.isEmpty());
	}

	private void deliver(Outgoing outgoing) {
		ChannelSender sender = this.senders.get(outgoing.channel());
		try {
			if (sender == null) {
				throw new DeliveryFailedException("No sender for " + outgoing.channel() + " is configured");
			}
			sender.send(outgoing);
			this.deliveries.delivered(outgoing);
		}
		catch (DeliveryFailedException ex) {
			logger.warn("Could not deliver {}: {}", outgoing, ex.getMessage());
			this.deliveries.failed(outgoing, ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.warn("Could not deliver {}", outgoing, ex);
			this.deliveries.failed(outgoing, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}
