package dev.ecommerce.shipping;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.shipping", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** The carrier interface knows nothing of rate tables, shipments or labels. */
	@ArchTest
	static final ArchRule carriersStandAlone = noClasses().that()
		.resideInAPackage("..shipping.carrier..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..shipping.rates..", "..shipping.shipment..", "..shipping.label..");

	/** Labels are printed from what they show, not from shipments. */
	@ArchTest
	static final ArchRule labelsKnowOnlyTheirContent = noClasses().that()
		.resideInAPackage("..shipping.label..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..shipping.rates..", "..shipping.shipment..", "..shipping.carrier..");

	/** Rates do not know about shipments. */
	@ArchTest
	static final ArchRule ratesDoNotKnowShipments = noClasses().that()
		.resideInAPackage("..shipping.rates..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..shipping.shipment..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.shipping.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.shipping.rates..", "dev.ecommerce.shipping.shipment..",
				"dev.ecommerce.shipping.carrier..", "dev.ecommerce.shipping.label..", "dev.ecommerce.platform.web..",
				"dev.ecommerce.platform.events..");

}
