package dev.ecommerce.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import dev.ecommerce.devstack.service.ServiceDefinition;

/**
 * Writes, where devstack looks for a service's jar, a small jar that runs
 * {@link FakeService} from this module's test classes.
 */
final class FakeServiceJars {

	private FakeServiceJars() {
	}

	static Path build(Path projectRoot, ServiceDefinition definition) throws IOException {
		Path target = projectRoot.resolve(definition.module()).resolve("target");
		Files.createDirectories(target);
		Path jar = target.resolve(definition.jarPrefix() + "0.0.1.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses());
		try (OutputStream out = Files.newOutputStream(jar);
				JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
			jarOut.flush();
		}
		return jar;
	}

	private static String testClasses() {
		try {
			return FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
