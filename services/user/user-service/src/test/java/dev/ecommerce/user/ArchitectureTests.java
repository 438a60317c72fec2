package dev.ecommerce.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** Tokens know accounts only by their ids and roles. */
	@ArchTest
	static final ArchRule tokensKnowNothingOfAccounts = noClasses().that()
		.resideInAPackage("..user.token..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..user.account..", "..user.auth..", "..user.demo..");

	/** Only the demo depends on the demo. */
	@ArchTest
	static final ArchRule nothingDependsOnTheDemo = noClasses().that()
		.resideOutsideOfPackage("..user.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..user.demo..");

	/** Entities stay inside their feature: other features see response records. */
	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that()
		.areAnnotatedWith(jakarta.persistence.Entity.class)
		.should()
		.notBePublic();

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.user.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.user.account..", "dev.ecommerce.user.token..", "dev.ecommerce.user.auth..",
				"dev.ecommerce.platform..");

}
