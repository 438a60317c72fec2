package dev.ecommerce.cart;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.cart", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** The calculation is pure: no web, no database, no other feature. */
	@ArchTest
	static final ArchRule pricingStandsAlone = noClasses().that()
		.resideInAPackage("..cart.pricing..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..cart.carts..", "..cart.coupon..", "..cart.catalog..", "..cart.shipping..",
				"..cart.basket..", "org.springframework.web..", "org.springframework.jdbc..");

	/** Only the demo depends on the demo. */
	@ArchTest
	static final ArchRule nothingDependsOnTheDemo = noClasses().that()
		.resideOutsideOfPackage("..cart.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..cart.demo..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.cart.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.cart.carts..", "dev.ecommerce.cart.coupon..", "dev.ecommerce.cart.catalog..",
				"dev.ecommerce.cart.basket..", "dev.ecommerce.cart.pricing..", "dev.ecommerce.cart.shipping..",
				"dev.ecommerce.platform.web..", "dev.ecommerce.platform.events..");

}
