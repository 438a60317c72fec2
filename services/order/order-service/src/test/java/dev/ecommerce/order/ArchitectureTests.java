package dev.ecommerce.order;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.order", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** Orders know nothing of the saga, tracking or returns that change them. */
	@ArchTest
	static final ArchRule ordersStandAlone = noClasses().that()
		.resideInAPackage("..order.order..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..order.checkout..", "..order.tracking..", "..order.returns..", "..order.peers..");

	/** The peers' clients know only the peers' contracts. */
	@ArchTest
	static final ArchRule peersKnowNoFeature = noClasses().that()
		.resideInAPackage("..order.peers..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..order.order..", "..order.checkout..", "..order.tracking..", "..order.returns..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.order.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.order.order..", "dev.ecommerce.order.checkout..",
				"dev.ecommerce.order.peers..", "dev.ecommerce.order.tracking..", "dev.ecommerce.order.returns..");

}
