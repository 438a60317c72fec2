package dev.ecommerce.order.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.platform.api.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderTests {

	@Test
	void anOrderChangesUntilTheCarrierHasIt() {
		assertThat(order(OrderStatus.PENDING, "TAKE_PAYMENT", null, null).changeable()).isTrue();
		assertThat(order(OrderStatus.CONFIRMED, "DONE", "SUCCEEDED", "LABEL_CREATED").changeable()).isTrue();
		assertThat(order(OrderStatus.CONFIRMED, "DONE", "SUCCEEDED", "PICKED_UP").changeable()).isFalse();
		assertThat(order(OrderStatus.SHIPPED, "DONE", "SUCCEEDED", "IN_TRANSIT").changeable()).isFalse();
		assertThat(order(OrderStatus.CANCELLED, "DONE", "SUCCEEDED", null).changeable()).isFalse();
	}

	@Test
	void onlyAnOrderThatEndedWithoutAPaymentAndHasNothingLeftToUndoMayBeDeleted() {
		assertThat(order(OrderStatus.PAYMENT_FAILED, "DONE", "FAILED", null).endedWithoutPayment()).isTrue();
		assertThat(order(OrderStatus.REJECTED, "DONE", null, null).endedWithoutPayment()).isTrue();
		assertThat(order(OrderStatus.REJECTED, "COMPENSATE", "REQUESTED", null).endedWithoutPayment()).isFalse();
		assertThat(order(OrderStatus.CANCELLED, "DONE", "SUCCEEDED", null).endedWithoutPayment()).isFalse();
		assertThat(order(OrderStatus.CONFIRMED, "DONE", "SUCCEEDED", null).endedWithoutPayment()).isFalse();
	}

	private static Order order(OrderStatus status, String step, @Nullable String payment,
			@Nullable String shipmentStatus) {
		Money zero = Money.zero("GBP");
		Instant now = Instant.now();
		Order.Saga saga = new Order.Saga(step, 0, now, null, now, null, null, payment, null, null, null, 0, null, null,
				null, shipmentStatus);
		return new Order(UUID.randomUUID(), "ORD-1", UUID.randomUUID(), status, List.of(),
				new OrderTotals(zero, zero, zero, zero, zero), null,
				new ShippingAddress("A", "B", null, "C", "D", "GB", null), null, new Order.Shipping("r", null, null),
				"sandbox", null, saga, List.of(), null, 0, now, now);
	}

}
