package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class JarFinderTests {

	private static final ServiceDefinition PRODUCT = ServiceDefinition.service("product", 8081);

	@TempDir
	Path root;

	@Test
	void theExecutableJarInTheModulesTargetIsFound() throws IOException {
		Path jar = jar("services/product/product-service/target/product-service-0.1.0-SNAPSHOT.jar", true);

		assertThat(new JarFinder(this.root).find(PRODUCT).jar()).hasValue(jar);
	}

	@Test
	void theGatewayJarIsFoundInTheGatewayModule() throws IOException {
		Path jar = jar("gateway/target/gateway-0.1.0-SNAPSHOT.jar", true);

		assertThat(new JarFinder(this.root).find(ServiceDefinition.gateway(8080)).jar()).hasValue(jar);
	}

	@Test
	void plainOriginalAndOtherSideArtifactsAreNotTakenForTheService() throws IOException {
		jar("services/product/product-service/target/product-service-0.1.0-SNAPSHOT-plain.jar", true);
		jar("services/product/product-service/target/product-service-0.1.0-SNAPSHOT.jar.original", true);
		jar("services/product/product-service/target/product-service-0.1.0-SNAPSHOT-sources.jar", true);
		jar("services/product/product-service/target/product-api-0.1.0-SNAPSHOT.jar", true);

		JarFinder.Lookup lookup = new JarFinder(this.root).find(PRODUCT);

		assertThat(lookup.jar()).isEmpty();
		assertThat(lookup.reason())
			.isEqualTo("not built (no services/product/product-service/target/product-service-*.jar)");
	}

	@Test
	void anUnbuiltModuleSaysWhereTheJarIsExpected() {
		assertThat(new JarFinder(this.root).find(PRODUCT).reason())
			.isEqualTo("not built (no services/product/product-service/target/product-service-*.jar)");
	}

	@Test
	void aJarWithoutMainClassIsNotRunnable() throws IOException {
		jar("gateway/target/gateway-0.1.0-SNAPSHOT.jar", false);

		JarFinder.Lookup lookup = new JarFinder(this.root).find(ServiceDefinition.gateway(8080));

		assertThat(lookup.jar()).isEmpty();
		assertThat(lookup.reason())
			.isEqualTo("not runnable (gateway/target/gateway-0.1.0-SNAPSHOT.jar has no Main-Class)");
	}

	@Test
	void theNewestOfTwoJarsIsTaken() throws IOException {
		Path old = jar("services/product/product-service/target/product-service-0.1.0.jar", true);
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));
		Path newer = jar("services/product/product-service/target/product-service-0.2.0.jar", true);

		assertThat(new JarFinder(this.root).find(PRODUCT).jar()).hasValue(newer);
	}

	private Path jar(String path, boolean withMainClass) throws IOException {
		Path jar = this.root.resolve(path);
		Files.createDirectories(jar.getParent());
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (withMainClass) {
			manifest.getMainAttributes()
				.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
		}
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
			jarOut.flush();
		}
		return jar;
	}

}
