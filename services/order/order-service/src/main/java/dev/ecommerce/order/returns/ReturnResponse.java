package dev.ecommerce.order.returns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.api.ReturnLine;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;

/**
 * A return.
 *
 * @param id the return
 * @param orderId its order
 * @param status {@code REQUESTED}, then {@code RECEIVED}
 * @param lines the SKUs and units sent back
 * @param reason why
 * @param refund what is refunded for them (their price as bought)
 * @param refundId the refund at the payment service, once received
 * @param requestedAt when it was asked for
 * @param receivedAt when the goods arrived
 */
record ReturnResponse(UUID id, UUID orderId, String status, List<ReturnLine> lines, String reason, Money refund,
		@Nullable UUID refundId, Instant requestedAt, @Nullable Instant receivedAt) {

}
