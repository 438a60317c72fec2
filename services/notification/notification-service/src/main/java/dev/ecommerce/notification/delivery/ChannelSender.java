package dev.ecommerce.notification.delivery;

import dev.ecommerce.notification.api.Channel;

/** Delivers notifications over one channel. */
interface ChannelSender {

	Channel channel();

	/**
	 * Delivers one notification.
	 * @throws DeliveryFailedException if it was not delivered
	 */
	void send(Outgoing notification);

}
