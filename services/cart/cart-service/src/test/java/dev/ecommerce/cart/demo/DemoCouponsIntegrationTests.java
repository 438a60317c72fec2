package dev.ecommerce.cart.demo;

import dev.ecommerce.cart.ServiceIntegrationTest;
import dev.ecommerce.cart.coupon.CouponDirectory;
import dev.ecommerce.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCouponsIntegrationTests extends ServiceIntegrationTest {

	@Autowired
	private CouponDirectory coupons;

	@Test
	void theDemoCouponsAreCreatedOnceAndLeftAsTheyAreOnTheNextStart() {
		DemoCoupons demo = new DemoCoupons(this.coupons);
		demo.run(new DefaultApplicationArguments());
		demo.run(new DefaultApplicationArguments());

		Reply welcome = get("/coupons/WELCOME10", TestTokens.admin());
		assertThat(welcome.json().path("type").asString()).isEqualTo("PERCENT");
		assertThat(welcome.json().path("value").asLong()).isEqualTo(10);
		assertThat(welcome.json().path("version").asLong()).isZero();
		assertThat(get("/coupons/FREESHIP", TestTokens.admin()).json().path("type").asString())
			.isEqualTo("FREE_SHIPPING");
		assertThat(get("/coupons/SAVE5", TestTokens.admin()).json().path("minSubtotal").path("amount").asLong())
			.isEqualTo(2500);
	}

}
