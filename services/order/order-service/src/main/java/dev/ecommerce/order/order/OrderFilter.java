package dev.ecommerce.order.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which orders a list shows.
 *
 * @param userId only this customer's
 * @param sellerId only those with a line of this seller
 * @param status only those in this status
 * @param from placed at or after
 * @param to placed before
 */
public record OrderFilter(@Nullable UUID userId, @Nullable UUID sellerId, @Nullable OrderStatus status,
		@Nullable Instant from, @Nullable Instant to) {

	String where(List<Object> params) {
		StringBuilder where = new StringBuilder("true");
		if (this.userId != null) {
			where.append(" AND o.user_id = ?");
			params.add(this.userId);
		}
		if (this.sellerId != null) {
			where.append(" AND EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.seller_id = ?)");
			params.add(this.sellerId);
		}
		if (this.status != null) {
			where.append(" AND o.status = ?");
			params.add(this.status.name());
		}
		if (this.from != null) {
			where.append(" AND o.created_at >= ?");
			params.add(Orders.utc(this.from));
		}
		if (this.to != null) {
			where.append(" AND o.created_at < ?");
			params.add(Orders.utc(this.to));
		}
		return where.toString();
	}

}
