package dev.ecommerce.notification.webhook;

import java.util.UUID;

/**
 * Where a seller wants its notifications posted.
 *
 * @param sellerId the seller
 * @param url the endpoint
 * @param secret the key the deliveries are signed with
 */
public record SellerWebhook(UUID sellerId, String url, String secret) {

	@Override
	public String toString() {
		return "SellerWebhook[sellerId=" + this.sellerId + ", url=" + this.url + "]";
	}

}
