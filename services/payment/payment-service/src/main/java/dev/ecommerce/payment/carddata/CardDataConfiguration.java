package dev.ecommerce.payment.carddata;

import dev.ecommerce.platform.web.problem.ProblemResponseWriter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CardDataConfiguration {

	/** After Spring Security (-100), before the platform's idempotency filter (0). */
	static final int ORDER = -50;

	@Bean
	FilterRegistrationBean<CardDataFilter> cardDataFilter(ProblemResponseWriter writer) {
		FilterRegistrationBean<CardDataFilter> registration = new FilterRegistrationBean<>(new CardDataFilter(writer));
		registration.setOrder(ORDER);
		return registration;
	}

}
