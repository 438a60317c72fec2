package dev.ecommerce.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.ecommerce.devstack.port.PortClaim;
import dev.ecommerce.devstack.service.JarFinder;
import dev.ecommerce.devstack.service.ServiceDefinition;

/**
 * What a start-up will do, worked out before anything starts: which selected services are
 * built (and so started), which are skipped and why, and which ports all that needs.
 */
final class StartPlan {

	private final Map<ServiceDefinition, Path> toStart = new LinkedHashMap<>();

	private final Map<String, String> skipped = new LinkedHashMap<>();

	private final List<PortClaim> ports = new ArrayList<>();

	private StartPlan() {
	}

	static StartPlan of(StackOptions options, JarFinder jars) {
		StartPlan plan = new StartPlan();
		for (ServiceDefinition definition : options.selected()) {
			JarFinder.Lookup lookup = jars.find(definition);
			lookup.jar()
				.ifPresentOrElse((jar) -> plan.toStart.put(definition, jar),
						() -> plan.skipped.put(definition.name(), lookup.reason()));
		}
		if (options.database().isEmpty()) {
			plan.ports.add(new PortClaim(options.postgresPort(), "postgres"));
		}
		if (options.kafka().isEmpty()) {
			plan.ports.add(new PortClaim(options.kafkaPort(), "kafka"));
		}
		plan.ports.add(new PortClaim(options.smtpPort(), "mail (SMTP)"));
		plan.ports.add(new PortClaim(options.imapPort(), "mail (IMAP)"));
		plan.toStart.keySet()
			.forEach((definition) -> plan.ports.add(new PortClaim(definition.port(), definition.name())));
		return plan;
	}

	Map<ServiceDefinition, Path> toStart() {
		return Collections.unmodifiableMap(this.toStart);
	}

	/**
	 * The selected services that will not start, with the reason.
	 * @return reason by name, in catalog order
	 */
	Map<String, String> skipped() {
		return Collections.unmodifiableMap(this.skipped);
	}

	List<PortClaim> ports() {
		return List.copyOf(this.ports);
	}

}
