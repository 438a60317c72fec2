package dev.ecommerce.platform.test.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import dev.ecommerce.alpha.shop.GoodShop;
import dev.ecommerce.alpha.shop.ShopHelper;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformArchitectureRulesTests {

	private final JavaClasses good = new ClassFileImporter().importClasses(GoodShop.class,
			dev.ecommerce.beta.api.BetaClient.class);

	private final JavaClasses bad = new ClassFileImporter().importClasses(ShopHelper.class,
			dev.ecommerce.beta.internal.BetaRepository.class);

	@Test
	void aServiceMayUseAnotherServicesApi() {
		assertThat(PlatformArchitectureRules.servicesDependOnlyOnEachOthersApi.evaluate(this.good).hasViolation())
			.isFalse();
	}

	@Test
	void aServiceMayNotReachIntoAnotherServicesImplementation() {
		EvaluationResult result = PlatformArchitectureRules.servicesDependOnlyOnEachOthersApi.evaluate(this.bad);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("BetaRepository");
	}

	@Test
	void aHelperIsNotAName() {
		assertThat(PlatformArchitectureRules.namesSayWhatThingsAre.evaluate(this.bad).hasViolation()).isTrue();
		assertThat(PlatformArchitectureRules.namesSayWhatThingsAre.evaluate(this.good).hasViolation()).isFalse();
	}

}
