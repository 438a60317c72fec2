package dev.ecommerce.devstack.service;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceCatalogTests {

	private final ServiceCatalog catalog = ServiceCatalog.standard();

	@Test
	void theGatewayAndNineServicesHaveTheFixedPortsOfTheDesign() {
		assertThat(this.catalog.all()).extracting(ServiceDefinition::name, ServiceDefinition::port)
			.containsExactly(tuple("gateway", 8080), tuple("product", 8081), tuple("inventory", 8082),
					tuple("order", 8083), tuple("payment", 8084), tuple("user", 8085), tuple("cart", 8086),
					tuple("shipping", 8087), tuple("recommendation", 8088), tuple("notification", 8089));
	}

	@Test
	void eachServiceOwnsTheDatabaseOfItsNameAndTheGatewayNone() {
		assertThat(this.catalog.services())
			.allSatisfy((definition) -> assertThat(definition.ownDatabase()).hasValue(definition.name()));
		assertThat(this.catalog.gateway().ownDatabase()).isEmpty();
	}

	@Test
	void aSelectionAlwaysIncludesTheGateway() {
		assertThat(this.catalog.select(List.of("cart", "product"))).extracting(ServiceDefinition::name)
			.containsExactly("gateway", "product", "cart");
	}

	@Test
	void anUnknownServiceIsRefusedNamingTheKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.catalog.select(List.of("prodcut")))
			.withMessage("unknown service 'prodcut' (known: gateway, product, inventory, order, payment, user, cart, "
					+ "shipping, recommendation, notification)");
	}

	@Test
	void portsCanBeMovedForTests() {
		assertThat(this.catalog.withPorts(Map.of("product", 18081)).get("product").port()).isEqualTo(18081);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

}
