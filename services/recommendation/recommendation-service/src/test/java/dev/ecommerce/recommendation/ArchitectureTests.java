package dev.ecommerce.recommendation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ecommerce.platform.test.architecture.PlatformArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

/**
 * The platform's rules, but for standard streams, which the offline evaluation (a command
 * that prints its table) may use; and this service's own layering.
 */
@AnalyzeClasses(packages = "dev.ecommerce.recommendation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule servicesDependOnlyOnEachOthersApi = PlatformArchitectureRules.servicesDependOnlyOnEachOthersApi;

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = PlatformArchitectureRules.featuresAreFreeOfCycles;

	@ArchTest
	static final ArchRule namesSayWhatThingsAre = PlatformArchitectureRules.namesSayWhatThingsAre;

	@ArchTest
	static final ArchRule controllersNeverReturnEntities = PlatformArchitectureRules.controllersNeverReturnEntities;

	@ArchTest
	static final ArchRule noFieldInjection = PlatformArchitectureRules.noFieldInjection;

	@ArchTest
	static final ArchRule noJavaUtilLogging = PlatformArchitectureRules.noJavaUtilLogging;

	/** Only the offline evaluation, a command, prints. */
	@ArchTest
	static final ArchRule onlyTheEvaluationPrints = noClasses().that()
		.resideOutsideOfPackage("..recommendation.evaluation..")
		.should(ACCESS_STANDARD_STREAMS);

	/** The models know nothing of Spring, the web or the database. */
	@ArchTest
	static final ArchRule modelsArePlainJava = noClasses().that()
		.resideInAPackage("..recommendation.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "dev.ecommerce.platform..", "java.sql..", "javax.sql..");

	/** Only the demo depends on the demo. */
	@ArchTest
	static final ArchRule nothingDependsOnTheDemo = noClasses().that()
		.resideOutsideOfPackage("..recommendation.demo..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..recommendation.demo..");

	/** The public contract has no dependency on the service. */
	@ArchTest
	static final ArchRule theApiDependsOnNoImplementation = noClasses().that()
		.resideInAPackage("dev.ecommerce.recommendation.api..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..recommendation.catalog..", "..recommendation.signal..", "..recommendation.model..",
				"..recommendation.training..", "..recommendation.serving..", "..recommendation.history..",
				"..recommendation.evaluation..", "dev.ecommerce.platform..");

}
