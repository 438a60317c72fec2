package dev.ecommerce.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A campaign that was sent.
 *
 * @param id the campaign
 * @param subject its subject
 * @param couponCode the coupon it announces
 * @param audience who it was for
 * @param recipients how many users it was mailed to
 * @param createdAt when it was sent
 */
public record CampaignResponse(UUID id, String subject, @Nullable String couponCode, CampaignRequest.Audience audience,
		int recipients, Instant createdAt) {
}
