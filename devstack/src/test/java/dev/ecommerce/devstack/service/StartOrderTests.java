package dev.ecommerce.devstack.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartOrderTests {

	@Test
	void theUserServiceStartsFirstAndTheGatewayLast() {
		assertThat(StartOrder.of(ServiceCatalog.standard().all())).extracting(ServiceDefinition::name)
			.containsExactly("user", "product", "inventory", "order", "payment", "cart", "shipping", "recommendation",
					"notification", "gateway");
	}

}
