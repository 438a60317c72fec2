package dev.ecommerce.devstack.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The services of the shop with their fixed ports (the table in DESIGN.md). Every service
 * finds the others through these ports, so they are the same on every machine.
 */
public final class ServiceCatalog {

	private final List<ServiceDefinition> definitions;

	private ServiceCatalog(List<ServiceDefinition> definitions) {
		this.definitions = List.copyOf(definitions);
	}

	/**
	 * The gateway and the nine services on ports 8080 to 8089.
	 * @return the standard catalog
	 */
	public static ServiceCatalog standard() {
		return new ServiceCatalog(List.of(ServiceDefinition.gateway(8080), ServiceDefinition.service("product", 8081),
				ServiceDefinition.service("inventory", 8082), ServiceDefinition.service("order", 8083),
				ServiceDefinition.service("payment", 8084), ServiceDefinition.service("user", 8085),
				ServiceDefinition.service("cart", 8086), ServiceDefinition.service("shipping", 8087),
				ServiceDefinition.service("recommendation", 8088), ServiceDefinition.service("notification", 8089)));
	}

	/**
	 * The same catalog with some ports moved, for tests that must not collide with a
	 * stack already running on this machine.
	 * @param ports new port by service name
	 * @return the changed catalog
	 */
	public ServiceCatalog withPorts(Map<String, Integer> ports) {
		ports.keySet().forEach(this::get);
		return new ServiceCatalog(this.definitions.stream()
			.map((definition) -> definition.withPort(ports.getOrDefault(definition.name(), definition.port())))
			.toList());
	}

	public List<ServiceDefinition> all() {
		return this.definitions;
	}

	public ServiceDefinition gateway() {
		return get(ServiceDefinition.GATEWAY);
	}

	/**
	 * The business services, without the gateway.
	 * @return the services in port order
	 */
	public List<ServiceDefinition> services() {
		return this.definitions.stream().filter((definition) -> !definition.isGateway()).toList();
	}

	public Optional<ServiceDefinition> find(String name) {
		return this.definitions.stream().filter((definition) -> definition.name().equals(name)).findFirst();
	}

	/**
	 * The definition of a name the caller expects to exist.
	 * @param name a service name
	 * @return its definition
	 * @throws IllegalArgumentException naming the known services when there is none
	 */
	public ServiceDefinition get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException(
				"unknown service '" + name + "' (known: " + String.join(", ", names()) + ")"));
	}

	/**
	 * What {@code --services a,b} selects: those services plus the gateway, which is
	 * always wanted because the system is reached through it.
	 * @param names the chosen names
	 * @return the selection, in catalog order
	 */
	public List<ServiceDefinition> select(Collection<String> names) {
		Set<String> wanted = new LinkedHashSet<>(names);
		wanted.forEach(this::get);
		wanted.add(ServiceDefinition.GATEWAY);
		List<ServiceDefinition> selected = new ArrayList<>();
		this.definitions.stream().filter((definition) -> wanted.contains(definition.name())).forEach(selected::add);
		return selected;
	}

	public List<String> names() {
		return this.definitions.stream().map(ServiceDefinition::name).collect(Collectors.toList());
	}

}
