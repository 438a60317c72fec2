package dev.ecommerce.product;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.product", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/**
	 * Search reads the tables; it knows nothing of how products or categories are
	 * changed.
	 */
	@ArchTest
	static final ArchRule searchStandsAlone = noClasses().that()
		.resideInAPackage("..product.search..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..product.catalog..", "..product.category..", "..product.availability..",
				"..product.demo..");

	/** Only the demo depends on the demo. */
	@ArchTest
	static final ArchRule nothingDependsOnTheDemo = noClasses().that()
		.resideOutsideOfPackage("..product.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..product.demo..");

	/** Entities stay inside their feature: other features see response records. */
	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that()
		.areAnnotatedWith(jakarta.persistence.Entity.class)
		.should()
		.notBePublic();

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.product.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.product.catalog..", "dev.ecommerce.product.search..",
				"dev.ecommerce.product.category..", "dev.ecommerce.product.availability..", "dev.ecommerce.platform..");

}
