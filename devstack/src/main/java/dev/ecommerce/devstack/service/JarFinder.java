package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the executable jar of a service in its module's {@code target/} directory. A
 * service counts as built only when that jar exists: nothing here triggers a build.
 */
public final class JarFinder {

	/**
	 * Side artifacts that share the jar's prefix but cannot be run with
	 * {@code java -jar}.
	 */
	private static final List<String> NOT_RUNNABLE_SUFFIXES = List.of("-plain.jar", "-sources.jar", "-javadoc.jar",
			"-tests.jar", "-test-sources.jar");

	private final Path projectRoot;

	public JarFinder(Path projectRoot) {
		this.projectRoot = projectRoot;
	}

	/**
	 * Looks for the service's jar.
	 * @param definition the service
	 * @return the jar, or why there is none
	 */
	public Lookup find(ServiceDefinition definition) {
		Path target = this.projectRoot.resolve(definition.module()).resolve("target");
		Optional<Path> newest = candidates(target, definition.jarPrefix()).stream()
			.max(Comparator.comparing(JarFinder::lastModified));
		if (newest.isEmpty()) {
			return Lookup.missing("not built (no " + definition.expectedJar() + ")");
		}
		Path jar = newest.get();
		if (!hasMainClass(jar)) {
			return Lookup.missing("not runnable (" + this.projectRoot.relativize(jar) + " has no Main-Class)");
		}
		return Lookup.found(jar);
	}

	private static List<Path> candidates(Path target, String prefix) {
		if (!Files.isDirectory(target)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(Files::isRegularFile).filter((file) -> isRunnableName(file, prefix)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean isRunnableName(Path file, String prefix) {
		String name = file.getFileName().toString();
		return name.startsWith(prefix) && name.endsWith(".jar")
				&& NOT_RUNNABLE_SUFFIXES.stream().noneMatch(name::endsWith);
	}

	/** A plain (not repackaged) jar has no Main-Class: starting it would fail at once. */
	private static boolean hasMainClass(Path jar) {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Main-Class") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static long lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * The outcome of a lookup: a jar, or the reason there is none.
	 *
	 * @param jar the jar when found
	 * @param reason why it was not found, empty when it was
	 */
	public record Lookup(Optional<Path> jar, String reason) {

		static Lookup found(Path jar) {
			return new Lookup(Optional.of(jar), "");
		}

		static Lookup missing(String reason) {
			return new Lookup(Optional.empty(), reason);
		}

	}

}
