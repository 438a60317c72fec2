package dev.ecommerce.order.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One invoice of a demo shopper, as it becomes a delivered order: its lines at the prices
 * paid, and the postage the shop charged on the invoice as its shipping. The data records
 * no tax and no discount: both are 0, and the total is what the shopper paid.
 *
 * @param number the invoice number
 * @param shopper who bought
 * @param placedAt when
 * @param shipping postage charged, in pence
 * @param lines what, in the invoice's order
 */
record RetailInvoice(String number, RetailShopper shopper, Instant placedAt, long shipping, List<Line> lines) {

	/** The order's id: the same for an invoice on every start. */
	UUID orderId() {
		return UUID.nameUUIDFromBytes(("retail-invoice:" + this.number).getBytes(StandardCharsets.UTF_8));
	}

	/** The order's number: the invoice's, told apart from the checkout's {@code ORD-}. */
	String orderNumber() {
		return "INV-" + this.number;
	}

	long subtotal() {
		return this.lines.stream().mapToLong(Line::total).sum();
	}

	long total() {
		return subtotal() + this.shipping;
	}

	/**
	 * @param sku the SKU: the stock code
	 * @param name the demo catalog's name of it
	 * @param quantity units
	 * @param unitPrice pence a unit
	 */
	record Line(String sku, String name, int quantity, long unitPrice) {

		long total() {
			return this.quantity * this.unitPrice;
		}

		/** As {@link DemoOrders} names the demo catalog's products. */
		UUID productId() {
			return UUID.nameUUIDFromBytes(("demo-product:" + this.sku).getBytes(StandardCharsets.UTF_8));
		}

	}

}
