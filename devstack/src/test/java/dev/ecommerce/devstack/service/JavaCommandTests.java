package dev.ecommerce.devstack.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JavaCommandTests {

	@Test
	void withoutShopJavaOptsTheSmallDefaultsAreUsed() {
		assertThat(JavaCommand.fromEnvironment(Map.of()).options()).isEqualTo(JavaCommand.DEFAULT_OPTIONS)
			.contains("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1");
	}

	@Test
	void shopJavaOptsReplaceTheDefaults() {
		assertThat(JavaCommand.fromEnvironment(Map.of("SHOP_JAVA_OPTS", "  -Xmx512m   -XX:+UseG1GC ")).options())
			.containsExactly("-Xmx512m", "-XX:+UseG1GC");
	}

	@Test
	void aServiceRunsOnTheJavaThatRunsDevstack() {
		JavaCommand command = JavaCommand.fromEnvironment(Map.of());

		assertThat(command.toRun(Path.of("product.jar"))).first()
			.satisfies((java) -> assertThat(Files.isExecutable(Path.of(java))).isTrue());
		assertThat(command.toRun(Path.of("product.jar"))).endsWith("-jar", "product.jar");
	}

	@Test
	void classArchivesAreOnUnlessShopClassArchivesIsOff() {
		assertThat(JavaCommand.fromEnvironment(Map.of()).classArchives()).isTrue();
		assertThat(JavaCommand.fromEnvironment(Map.of("SHOP_CLASS_ARCHIVES", "off")).classArchives()).isFalse();
		assertThat(JavaCommand.fromEnvironment(Map.of("SHOP_CLASS_ARCHIVES", " ON ")).classArchives()).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JavaCommand.fromEnvironment(Map.of("SHOP_CLASS_ARCHIVES", "sometimes")))
			.withMessage("SHOP_CLASS_ARCHIVES must be on or off, not 'sometimes'");
		assertThat(JavaCommand.fromEnvironment(Map.of("SHOP_JAVA_OPTS", "-Xmx256m -Xshare:off")).classArchives())
			.as("no class data sharing at all")
			.isFalse();
	}

}
