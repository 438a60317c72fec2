package dev.ecommerce.notification.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ecommerce.notification.Caller;
import dev.ecommerce.notification.api.CampaignRequest;
import dev.ecommerce.notification.api.CampaignResponse;
import dev.ecommerce.notification.dispatch.Dispatcher;
import dev.ecommerce.notification.dispatch.Kind;
import dev.ecommerce.notification.dispatch.Message;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends campaigns: one mail to each user of the audience who accepts marketing by mail,
 * with a one-click unsubscribe. An admin may write to everybody or to everybody who has
 * ordered; a seller only to the users who bought its products.
 */
@Service
class Campaigns {

	private final JdbcClient jdbc;

	private final Dispatcher dispatcher;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, Dispatcher dispatcher, Clock clock) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
		this.clock = clock;
	}

	@Transactional
	CampaignResponse send(Caller sender, CampaignRequest request) {
		if (!sender.admin() && request.audience() == CampaignRequest.Audience.ALL) {
			throw new AccessDeniedException("A seller writes to its own customers only: audience CUSTOMERS");
		}
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		List<UUID> audience = audience(sender, request.audience());
		for (UUID user : audience) {
			this.dispatcher.dispatch(new Message("campaign:" + id, Kind.CAMPAIGN, user, Message.model("subject",
					request.subject(), "message", request.message(), "couponCode", request.couponCode())));
		}
		this.jdbc.sql("""
				INSERT INTO campaign (id, sender_id, subject, message, coupon_code, audience, recipients, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, sender.id(), request.subject(), request.message(), request.couponCode(),
					request.audience().name(), audience.size(), now.atOffset(ZoneOffset.UTC))
			.update();
		return new CampaignResponse(id, request.subject(), request.couponCode(), request.audience(), audience.size(),
				now);
	}

	/** A campaign its sender (or an admin) may see. */
	@Transactional(readOnly = true)
	Optional<CampaignResponse> find(Caller caller, UUID id) {
		return this.jdbc
			.sql("SELECT id, subject, coupon_code, audience, recipients, created_at FROM campaign WHERE id = ? "
					+ "AND (sender_id = ? OR ?)")
			.params(id, caller.id(), caller.admin())
			.query((rs, n) -> new CampaignResponse(rs.getObject("id", UUID.class), rs.getString("subject"),
					rs.getString("coupon_code"), CampaignRequest.Audience.valueOf(rs.getString("audience")),
					rs.getInt("recipients"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private List<UUID> audience(Caller sender, CampaignRequest.Audience audience) {
		String consenting = """
				SELECT p.user_id FROM preference p JOIN contact c ON c.user_id = p.user_id
				WHERE p.marketing AND p.email AND c.enabled""";
		if (audience == CampaignRequest.Audience.ALL) {
			return this.jdbc.sql(consenting + " ORDER BY p.user_id").query(UUID.class).list();
		}
		if (sender.admin()) {
			return this.jdbc
				.sql(consenting + " AND EXISTS (SELECT 1 FROM order_owner o WHERE o.user_id = p.user_id)"
						+ " ORDER BY p.user_id")
				.query(UUID.class)
				.list();
		}
		return this.jdbc
			.sql(consenting + " AND EXISTS (SELECT 1 FROM seller_customer s WHERE s.user_id = p.user_id"
					+ " AND s.seller_id = ?) ORDER BY p.user_id")
			.param(sender.id())
			.query(UUID.class)
			.list();
	}

}
