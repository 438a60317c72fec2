package dev.ecommerce.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ecommerce.notification.api.Channel;
import dev.ecommerce.notification.api.NotificationResponse;
import dev.ecommerce.notification.api.NotificationStatus;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admins' log: every notification, newest first, with its attempts. */
@RestController
class NotificationLogController {

	private final JdbcClient jdbc;

	NotificationLogController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/notifications")
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	PageResponse<NotificationResponse> list(PageQuery page,
			@RequestParam(required = false) @Nullable NotificationStatus status,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable UUID recipientId) {
		StringBuilder where = new StringBuilder(" WHERE true");
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			where.append(" AND status = :status");
			params.put("status", status.name());
		}
		if (channel != null) {
			where.append(" AND channel = :channel");
			params.put("channel", channel.name());
		}
		if (recipientId != null) {
			where.append(" AND recipient_id = :recipient");
			params.put("recipient", recipientId);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM notification" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql("SELECT id, kind, category, channel, recipient_id, address, subject, status, created_at, sent_at "
					+ "FROM notification" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", (long) page.page() * page.size())
			.query(NotificationLogController::row)
			.list();
		List<NotificationResponse> items = new ArrayList<>();
		for (Row row : rows) {
			items.add(row.withAttempts(attempts(row.id())));
		}
		return PageResponse.of(items, page, total);
	}

	private List<NotificationResponse.Attempt> attempts(UUID id) {
		return this.jdbc
			.sql("SELECT attempt, at, outcome, error FROM notification_attempt WHERE notification_id = ? "
					+ "ORDER BY attempt")
			.param(id)
			.query((rs, n) -> new NotificationResponse.Attempt(rs.getInt("attempt"), instant(rs, "at"),
					rs.getString("outcome"), rs.getString("error")))
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("category"),
				Channel.valueOf(rs.getString("channel")), rs.getObject("recipient_id", UUID.class),
				rs.getString("address"), rs.getString("subject"), NotificationStatus.valueOf(rs.getString("status")),
				instant(rs, "created_at"), (rs.getObject("sent_at") != null) ? instant(rs, "sent_at") : null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private record Row(UUID id, String kind, String category, Channel channel, UUID recipientId,
			@Nullable String address, String subject, NotificationStatus status, Instant createdAt,
			@Nullable Instant sentAt) {

		NotificationResponse withAttempts(List<NotificationResponse.Attempt> attempts) {
			return new NotificationResponse(this.id, this.kind, this.category, this.channel, this.recipientId,
					this.address, this.subject, this.status, attempts, this.createdAt, this.sentAt);
		}

	}

}
