package dev.ecommerce.payment.demo;

import java.util.UUID;

import dev.ecommerce.payment.Caller;
import dev.ecommerce.payment.api.PaymentRequest;
import dev.ecommerce.payment.api.PaymentResponse;
import dev.ecommerce.payment.api.PaymentStatus;
import dev.ecommerce.payment.api.RefundRequest;
import dev.ecommerce.payment.payment.Cashier;
import dev.ecommerce.payment.payment.Refunding;
import dev.ecommerce.platform.api.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, pays a few demo orders through the sandbox before the
 * service reports ready: one paid and partly refunded, one declined, one waiting for 3-D
 * Secure. They go through the same path as any payment, under fixed idempotency keys, so
 * a restart adds nothing.
 */
@Component
@Profile("demo")
class DemoPayments implements ApplicationRunner {

	/** The demo's own service account; no real caller has this id. */
	static final Caller DEMO = new Caller(UUID.fromString("00000000-0000-0000-0000-00000000d3e0"), false, true);

	private static final Logger log = LoggerFactory.getLogger(DemoPayments.class);

	private final Cashier cashier;

	private final Refunding refunding;

	DemoPayments(Cashier cashier, Refunding refunding) {
		this.cashier = cashier;
		this.refunding = refunding;
	}

	@Override
	public void run(ApplicationArguments args) {
		PaymentResponse paid = pay(1, "tok_visa", 4599);
		if (paid.status() == PaymentStatus.SUCCEEDED) {
			this.refunding.refund(DEMO, "demo-refund-1", paid.id(),
					new RefundRequest(Money.of(1299, "GBP"), "one item returned"));
		}
		pay(2, "tok_chargeDeclinedInsufficientFunds", 12000);
		pay(3, "tok_threeDSecureRequired", 2750);
		log.info("Demo payments are in place");
	}

	private PaymentResponse pay(int n, String token, long amount) {
		UUID orderId = UUID.fromString("00000000-0000-0000-0000-0000000000" + String.format("%02d", n));
		return this.cashier.pay(DEMO, "demo-payment-" + n,
				new PaymentRequest(orderId, Money.of(amount, "GBP"), "sandbox", token));
	}

}
