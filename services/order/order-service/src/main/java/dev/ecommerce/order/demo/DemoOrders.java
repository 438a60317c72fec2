package dev.ecommerce.order.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.ecommerce.order.api.OrderLine;
import dev.ecommerce.order.api.OrderTotals;
import dev.ecommerce.order.api.ShippingAddress;
import dev.ecommerce.order.order.Order;
import dev.ecommerce.order.order.OrderStatus;
import dev.ecommerce.order.order.Orders;
import dev.ecommerce.platform.api.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the {@code demo} profile, gives the demo customer (the user service's
 * {@code customer@demo.shop}) an order history: two orders of the demo catalog's
 * products, one delivered and one shipped, at the catalog's prices. They are history, not
 * checkouts: their sagas are over and no events are published for them. The product ids
 * are derived from the SKUs, as the product service gives its demo products random ids.
 */
@Component
@Profile("demo")
class DemoOrders implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

	static final UUID CUSTOMER = UUID.fromString("c0570000-de30-4000-8000-000000000001");

	static final UUID SELLER = UUID.fromString("5e11e700-de30-4000-8000-000000000001");

	static final UUID DELIVERED = UUID.fromString("0de00000-de30-4000-8000-000000000001");

	static final UUID SHIPPED = UUID.fromString("0de00000-de30-4000-8000-000000000002");

	private final Orders orders;

	private final Clock clock;

	DemoOrders(Orders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant now = this.clock.instant();
		add(DELIVERED, "ORD-DEMO-0001", OrderStatus.DELIVERED, now.minus(Duration.ofDays(9)),
				List.of(line("22423", "Regency Cakestand 3 Tier", 1, 1275),
						line("85123A", "White Hanging Heart T-Light Holder", 4, 295)));
		add(SHIPPED, "ORD-DEMO-0002", OrderStatus.SHIPPED, now.minus(Duration.ofDays(1)),
				List.of(line("85099B", "Jumbo Bag Red Retrospot", 2, 208)));
	}

	private void add(UUID id, String number, OrderStatus status, Instant placed, List<OrderLine> lines) {
		if (this.orders.find(id).isPresent()) {
			return;
		}
		Money subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money.zero("GBP"), Money::plus);
		Money shipping = Money.of(395, "GBP");
		Money total = subtotal.plus(shipping);
		// UK prices include VAT at 20%: a sixth of the total
		OrderTotals totals = new OrderTotals(subtotal, Money.zero("GBP"), shipping, Money.of(total.amount() / 6, "GBP"),
				total);
		Order.Saga saga = new Order.Saga("DONE", 0, placed, null, placed.plus(Duration.ofMinutes(15)), "COMMITTED",
				null, "SUCCEEDED", null, null, null, 0, "CREATED", null, null, null);
		Order order = new Order(id, number, CUSTOMER, OrderStatus.PENDING, lines, totals, null,
				new ShippingAddress("Demo Customer", "1 Demo Street", null, "London", "EC1A 1BB", "GB", null), null,
				new Order.Shipping("demo-rate", "royal-mail", "tracked-48"), "sandbox", null, saga, List.of(), null, 0,
				placed, placed);
		this.orders.insert(order);
		this.orders.changeStatus(id, OrderStatus.PENDING, OrderStatus.CONFIRMED, "paid", placed.plusSeconds(2));
		this.orders.changeStatus(id, OrderStatus.CONFIRMED, OrderStatus.SHIPPED, "picked up by the carrier",
				placed.plus(Duration.ofHours(20)));
		if (status == OrderStatus.DELIVERED) {
			this.orders.changeStatus(id, OrderStatus.SHIPPED, OrderStatus.DELIVERED, "delivered",
					placed.plus(Duration.ofDays(2)));
			this.orders.delivered(id, placed.plus(Duration.ofDays(2)));
		}
		log.info("Added the demo order {} ({})", number, status);
	}

	private static OrderLine line(String sku, String name, int quantity, long pence) {
		return new OrderLine(sku, UUID.nameUUIDFromBytes(("demo-product:" + sku).getBytes()), SELLER, name, quantity,
				Money.of(pence, "GBP"), Money.of(pence * quantity, "GBP"));
	}

}
