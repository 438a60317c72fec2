package dev.ecommerce.platform.test.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service keeps. A service's architecture test includes them
 * all and adds its own: <pre>
 * &#64;AnalyzeClasses(packages = "dev.ecommerce.order", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTests {
 *     &#64;ArchTest
 *     static final ArchTests platform = ArchTests.in(PlatformArchitectureRules.class);
 * }
 * </pre>
 */
public final class PlatformArchitectureRules {

	private static final String BASE = "dev.ecommerce.";

	private PlatformArchitectureRules() {
	}

	/**
	 * A service reaches another only through that service's public {@code api} package.
	 */
	@ArchTest
	public static final ArchRule servicesDependOnlyOnEachOthersApi = classes().that()
		.resideInAPackage("dev.ecommerce..")
		.should(dependOnOtherServicesOnlyThroughTheirApi());

	/** Feature packages do not depend on each other in a circle. */
	@ArchTest
	public static final ArchRule featuresAreFreeOfCycles = slices().matching("dev.ecommerce.(*).(*)..")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(true);

	/** Names say what a thing is in the shop's language. */
	@ArchTest
	public static final ArchRule namesSayWhatThingsAre = noClasses().should()
		.haveSimpleNameEndingWith("Dto")
		.orShould()
		.haveSimpleNameEndingWith("Manager")
		.orShould()
		.haveSimpleNameEndingWith("Helper")
		.orShould()
		.haveSimpleNameEndingWith("Util")
		.orShould()
		.haveSimpleNameEndingWith("Utils")
		.orShould()
		.haveSimpleNameEndingWith("Impl")
		.because("names say what a thing is in the shop's language (STYLE.md)");

	/** Controllers map entities to response records and never hand out an entity. */
	@ArchTest
	public static final ArchRule controllersNeverReturnEntities = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
		.should(notReturnAnEntity())
		.allowEmptyShould(true);

	@ArchTest
	public static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

	@ArchTest
	public static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

	@ArchTest
	public static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

	static ArchCondition<JavaClass> dependOnOtherServicesOnlyThroughTheirApi() {
		return new ArchCondition<>("depend on other services only through their api package") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				String own = serviceOf(origin.getPackageName());
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					String targetPackage = dependency.getTargetClass().getPackageName();
					String target = serviceOf(targetPackage);
					boolean otherService = target != null && !target.equals(own) && !target.equals("platform");
					if (otherService && !targetPackage.startsWith(BASE + target + ".api")) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	static ArchCondition<JavaMethod> notReturnAnEntity() {
		DescribedPredicate<JavaClass> entity = DescribedPredicate.describe("an entity",
				(type) -> type.isAnnotatedWith("jakarta.persistence.Entity"));
		return new ArchCondition<>("not return an entity") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean returnsEntity = method.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(entity);
				if (returnsEntity) {
					events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
				}
			}
		};
	}

	private static String serviceOf(String packageName) {
		if (!packageName.startsWith(BASE)) {
			return null;
		}
		String rest = packageName.substring(BASE.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
