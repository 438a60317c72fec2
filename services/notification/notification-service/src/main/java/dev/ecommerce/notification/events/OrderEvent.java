package dev.ecommerce.notification.events;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * What this service reads of the order service's events (OrderPlaced, OrderConfirmed,
 * OrderRejected, OrderPaymentFailed, OrderCancelled, OrderRefunded, ReturnRequested,
 * ReturnReceived), one tolerant record for all: unknown fields are ignored, fields an
 * event does not carry are {@code null}. To be replaced by the order-api records once
 * they are on main.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OrderEvent(UUID orderId, String number, @Nullable UUID userId, @Nullable List<Line> lines,
		@Nullable Totals totals, @Nullable String reason, @Nullable String failureCode, @Nullable Money refunded,
		@Nullable Money refund, @Nullable Money amount, @Nullable UUID returnId) {

	static final String PREFIX = "dev.ecommerce.order.";

	static final String PLACED = PREFIX + "OrderPlaced.v1";

	static final String CONFIRMED = PREFIX + "OrderConfirmed.v1";

	static final String REJECTED = PREFIX + "OrderRejected.v1";

	static final String PAYMENT_FAILED = PREFIX + "OrderPaymentFailed.v1";

	static final String CANCELLED = PREFIX + "OrderCancelled.v1";

	static final String REFUNDED = PREFIX + "OrderRefunded.v1";

	static final String RETURN_REQUESTED = PREFIX + "ReturnRequested.v1";

	static final String RETURN_RECEIVED = PREFIX + "ReturnReceived.v1";

	List<Line> linesOrNone() {
		return (this.lines != null) ? this.lines : List.of();
	}

	/**
	 * The amount the event says was (or will be) paid back, whichever field carries it.
	 */
	@Nullable Money refundAmount() {
		return (this.amount != null) ? this.amount : (this.refund != null) ? this.refund : this.refunded;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Line(String sku, @Nullable UUID sellerId, @Nullable String name, int quantity, @Nullable Money unitPrice,
			@Nullable Money lineTotal) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Totals(@Nullable Money subtotal, @Nullable Money discount, @Nullable Money shipping, @Nullable Money tax,
			@Nullable Money total) {
	}

}
