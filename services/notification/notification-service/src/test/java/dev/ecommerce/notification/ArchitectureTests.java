package dev.ecommerce.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** What is sent is decided apart from how it is delivered. */
	@ArchTest
	static final ArchRule dispatchKnowsNoChannelImplementation = noClasses().that()
		.resideInAPackage("..notification.dispatch..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..notification.delivery..", "..notification.events..", "..notification.campaign..",
				"..notification.inbox..");

	/** Delivery sends what is stored; it does not decide who gets what. */
	@ArchTest
	static final ArchRule deliveryDoesNotDispatch = noClasses().that()
		.resideInAPackage("..notification.delivery..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..notification.dispatch..", "..notification.events..", "..notification.campaign..");

	/** Contacts, preferences and webhooks are plain stores: they know no message. */
	@ArchTest
	static final ArchRule storesStandAlone = noClasses().that()
		.resideInAnyPackage("..notification.preference..", "..notification.webhook..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..notification.dispatch..", "..notification.delivery..", "..notification.events..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.notification.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.notification.dispatch..", "dev.ecommerce.notification.delivery..",
				"dev.ecommerce.platform..");

}
