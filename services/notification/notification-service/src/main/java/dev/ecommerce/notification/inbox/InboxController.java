package dev.ecommerce.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.ecommerce.notification.Caller;
import dev.ecommerce.notification.api.InboxNotificationResponse;
import dev.ecommerce.platform.web.paging.PageQuery;
import dev.ecommerce.platform.web.paging.PageResponse;
import dev.ecommerce.platform.web.problem.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's in-app inbox, newest first. Another user's notification is not found.
 */
@RestController
class InboxController {

	private static final String COLUMNS = "id, kind, category, subject, text_body, read_at, created_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	InboxController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/notifications/mine")
	@Transactional(readOnly = true)
	PageResponse<InboxNotificationResponse> mine(@AuthenticationPrincipal Jwt jwt, PageQuery page,
			@RequestParam(defaultValue = "false") boolean unread) {
		UUID user = Caller.of(jwt).id();
		String where = " WHERE recipient_id = ? AND channel = 'IN_APP'" + (unread ? " AND read_at IS NULL" : "");
		long total = this.jdbc.sql("SELECT count(*) FROM notification" + where).param(user).query(Long.class).single();
		var items = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(user, page.size(), (long) page.page() * page.size())
			.query(InboxController::response)
			.list();
		return PageResponse.of(items, page, total);
	}

	/** Marks a notification read; reading it again changes nothing. */
	@PostMapping("/notifications/{id}/read")
	@Transactional
	InboxNotificationResponse read(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
		UUID user = Caller.of(jwt).id();
		this.jdbc
			.sql("UPDATE notification SET read_at = ? WHERE id = ? AND recipient_id = ? AND channel = 'IN_APP' "
					+ "AND read_at IS NULL")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), id, user)
			.update();
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification WHERE id = ? AND recipient_id = ? AND channel = 'IN_APP'")
			.params(id, user)
			.query(InboxController::response)
			.optional()
			.orElseThrow(() -> new NotFoundException("No notification " + id + " in your inbox"));
	}

	private static InboxNotificationResponse response(ResultSet rs, int n) throws SQLException {
		OffsetDateTime readAt = rs.getObject("read_at", OffsetDateTime.class);
		return new InboxNotificationResponse(rs.getObject("id", UUID.class), rs.getString("kind"),
				rs.getString("category"), rs.getString("subject"), rs.getString("text_body"), readAt != null,
				(readAt != null) ? readAt.toInstant() : null,
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
