package dev.ecommerce.inventory;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.inventory", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** Ownership is fed by events only; it knows nothing of stock or reservations. */
	@ArchTest
	static final ArchRule ownershipStandsAlone = noClasses().that()
		.resideInAPackage("..inventory.ownership..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..inventory.stock..", "..inventory.store..", "..inventory.reservation..");

	/** Stock does not know about reservations; reservations use stock. */
	@ArchTest
	static final ArchRule stockDoesNotKnowReservations = noClasses().that()
		.resideInAPackage("..inventory.stock..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..inventory.reservation..", "..inventory.store..");

	/** Only the demo depends on the demo. */
	@ArchTest
	static final ArchRule nothingDependsOnTheDemo = noClasses().that()
		.resideOutsideOfPackage("..inventory.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..inventory.demo..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.inventory.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.inventory.stock..", "dev.ecommerce.inventory.store..",
				"dev.ecommerce.inventory.reservation..", "dev.ecommerce.inventory.ownership..",
				"dev.ecommerce.platform..");

}
