package dev.ecommerce.cart.demo;

import java.util.List;

import dev.ecommerce.cart.api.CouponRequest;
import dev.ecommerce.cart.api.CouponType;
import dev.ecommerce.cart.coupon.CouponDirectory;
import dev.ecommerce.platform.api.Money;
import dev.ecommerce.platform.web.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile, the coupons the demo shows: {@code WELCOME10} (10 %
 * off), {@code FREESHIP} (free shipping) and {@code SAVE5} (£5 off £25 or more). Those
 * that exist already are left as they are.
 */
@Component
@Profile("demo")
class DemoCoupons implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCoupons.class);

	static final List<CouponRequest> COUPONS = List.of(
			new CouponRequest("WELCOME10", CouponType.PERCENT, 10L, "GBP", null, null, null, null),
			new CouponRequest("FREESHIP", CouponType.FREE_SHIPPING, null, "GBP", null, null, null, null),
			new CouponRequest("SAVE5", CouponType.FIXED, 500L, "GBP", Money.of(2500, "GBP"), null, null, 1000));

	private final CouponDirectory coupons;

	DemoCoupons(CouponDirectory coupons) {
		this.coupons = coupons;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (CouponRequest coupon : COUPONS) {
			try {
				this.coupons.create(coupon);
				log.info("Demo coupon {} created", coupon.code());
			}
			catch (ConflictException ex) {
				// there from an earlier start
			}
		}
	}

}
