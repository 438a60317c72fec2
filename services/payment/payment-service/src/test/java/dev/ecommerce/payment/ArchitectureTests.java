package dev.ecommerce.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "dev.ecommerce.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);

	/** The gateways know nothing of our payments: they are told what to charge. */
	@ArchTest
	static final ArchRule gatewaysKnowNoPayments = noClasses().that()
		.resideInAPackage("..payment.gateway..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..payment.payment..", "..payment.carddata..", "..payment.demo..");

	/** Payments use a gateway through its interface only, never a particular one. */
	@ArchTest
	static final ArchRule paymentsUseGatewaysThroughTheirInterface = noClasses().that()
		.resideOutsideOfPackages("..payment.gateway.sandbox..", "..payment.gateway.stripe..",
				"..payment.gateway.paypal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..payment.gateway.sandbox..", "..payment.gateway.stripe..", "..payment.gateway.paypal..");

	/**
	 * Only the Stripe gateway speaks Stripe's SDK (the sandbox borrows its signature
	 * check).
	 */
	@ArchTest
	static final ArchRule onlyTheGatewaysUseStripesSdk = noClasses().that()
		.resideOutsideOfPackages("..payment.gateway.stripe..", "..payment.gateway.sandbox..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("com.stripe..");

	/** Only the demo depends on the demo. */
	@ArchTest
	static final ArchRule nothingDependsOnTheDemo = noClasses().that()
		.resideOutsideOfPackage("..payment.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..payment.demo..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.payment.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.ecommerce.payment.payment..", "dev.ecommerce.payment.gateway..",
				"dev.ecommerce.payment.carddata..", "dev.ecommerce.platform.web..", "dev.ecommerce.platform.events..");

}
