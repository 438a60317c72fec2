package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.ecommerce.devstack.run.RunDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Where devstack keeps each built service ready to start quickly, in {@code apps/} of the
 * run directory: the Spring Boot jar extracted once per build (the application's classes
 * and every library as plain jars on the class path, with Spring Boot's
 * {@code -Djarmode=tools extract}), and a class-data-sharing archive of the classes the
 * service loaded, recorded when it last stopped cleanly
 * ({@code -XX:ArchiveClassesAtExit}, Java 13 and newer). A start with the archive maps
 * those classes already parsed and verified instead of reading them from the jars, which
 * is most of what ten JVMs starting on two cores wait for.
 * <p>
 * A service's directory is named after its jar (size and time) and the Java that runs it,
 * so a rebuild or another JDK starts afresh and the older directory is removed. The JVM
 * writes the archive to a recording file; it becomes the archive only after the service
 * stopped by itself, so an archive cut short by a kill is never used. The extracted copy
 * also lets a build rewrite the jar in {@code target/} while the service runs.
 */
public final class AppCache {

	private static final String ARCHIVE = "app.jsa";

	private static final String RECORDING = "app.jsa.recording";

	/**
	 * Keeps the hundreds of "class not archived" warnings of a recording out of the
	 * service's log (classes the JVM cannot archive are simply loaded as usual).
	 */
	private static final String QUIET = "-Xlog:cds*=off";

	private final RunDirectory run;

	private final Path root;

	private final JavaCommand java;

	private final Extractor extractor;

	/**
	 * The cache of a run directory, in its {@code apps/}.
	 * @param run the run directory, e.g. {@code .shop}
	 * @param java the Java the services run on, which also extracts the jars
	 */
	public AppCache(RunDirectory run, JavaCommand java) {
		this(run, java, AppCache::extractWithTools);
	}

	AppCache(RunDirectory run, JavaCommand java, Extractor extractor) {
		this.run = run;
		this.root = run.resolve("apps");
		this.java = java;
		this.extractor = extractor;
	}

	/**
	 * How to run a service's jar: from its extracted copy with its class archive, or
	 * recording one; a plain copy of the jar when it is not a Spring Boot jar with the
	 * tools jar mode (removed with {@link RunDirectory#removeJar(String)}).
	 * @param name the service
	 * @param jar the built jar
	 * @return the command line and what to do when the service stops
	 */
	public App prepare(String name, Path jar) {
		try {
			Path directory = this.root.resolve(name + "-" + key(jar));
			Optional<Path> extracted = applicationJar(directory);
			if (extracted.isEmpty() && !isExtractable(jar)) {
				return App.plain(this.java.toRun(this.run.copyJar(name, jar)));
			}
			Path application = extracted.isPresent() ? extracted.get() : extract(name, jar, directory);
			if (!this.java.classArchives()) {
				return App.plain(this.java.toRun(application));
			}
			Path archive = directory.resolve(ARCHIVE);
			if (Files.isRegularFile(archive)) {
				return App.plain(this.java.toRun(application, QUIET, "-XX:SharedArchiveFile=" + archive));
			}
			Path recording = directory.resolve(RECORDING);
			Files.deleteIfExists(recording);
			return new App(this.java.toRun(application, QUIET, "-XX:ArchiveClassesAtExit=" + recording), recording);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare " + name + " to run: " + ex.getMessage(), ex);
		}
	}

	/** Extracts the jar into its directory, removing the service's older ones. */
	private Path extract(String name, Path jar, Path directory) throws IOException {
		removeOlder(name);
		Path partial = this.root.resolve(name + ".extracting");
		deleteTree(partial);
		Files.createDirectories(this.root);
		this.extractor.extract(this.java, jar, partial);
		Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
		return applicationJar(directory).orElseThrow(() -> new IOException("no jar extracted from " + jar));
	}

	/**
	 * Extracts with the jar's own tools
	 * ({@code java -Djarmode=tools -jar app.jar extract}): the application jar, whose
	 * manifest names its libraries, and {@code lib/}.
	 */
	private static void extractWithTools(JavaCommand java, Path jar, Path destination) throws IOException {
		List<String> command = new ArrayList<>(java.toRunTool(jar));
		command.addAll(List.of("extract", "--destination", destination.toString()));
		Path log = destination.resolveSibling(destination.getFileName() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IOException("extracting " + jar + " failed, see " + log);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while extracting " + jar, ex);
		}
		Files.deleteIfExists(log);
	}

	private static Optional<Path> applicationJar(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jar")).findFirst();
		}
	}

	/** A jar that can be extracted carries Spring Boot's tools jar mode. */
	private static boolean isExtractable(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.stream()
				.anyMatch((entry) -> entry.getName().startsWith("BOOT-INF/lib/spring-boot-jarmode-tools-"));
		}
	}

	private String key(Path jar) throws IOException {
		String identity = Files.size(jar) + "/" + Files.getLastModifiedTime(jar).toMillis() + "/"
				+ this.java.identity();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void removeOlder(String name) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return;
		}
		try (Stream<Path> entries = Files.list(this.root)) {
			for (Path older : entries
				.filter((entry) -> Files.isDirectory(entry)
						&& entry.getFileName().toString().matches(Pattern.quote(name) + "-[0-9a-f]{12}"))
				.toList()) {
				deleteTree(older);
			}
		}
	}

	private static void deleteTree(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** Extracts a Spring Boot jar into a directory. */
	@FunctionalInterface
	interface Extractor {

		void extract(JavaCommand java, Path jar, Path destination) throws IOException;

	}

	/**
	 * A service ready to launch.
	 *
	 * @param command its command line
	 * @param recording where the JVM records the class archive when it exits, if it does
	 */
	public record App(List<String> command, @Nullable Path recording) {

		static App plain(List<String> command) {
			return new App(command, null);
		}

		/**
		 * Where the recorded archive goes once the service stopped cleanly.
		 * @return the archive, if the service records one
		 */
		public @Nullable Path archive() {
			return (this.recording != null) ? this.recording.resolveSibling(ARCHIVE) : null;
		}

		/**
		 * Keeps the archive the service recorded: to be called once it stopped by itself
		 * (not killed), so that the archive was written completely.
		 */
		public void stoppedCleanly() {
			if (this.recording == null || !Files.isRegularFile(this.recording)) {
				return;
			}
			try {
				if (Files.size(this.recording) > 0) {
					Files.move(this.recording, this.recording.resolveSibling(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
				}
			}
			catch (IOException ex) {
				// without the archive the next start is only slower
			}
		}

		/** Drops a recording cut short, e.g. by a kill. */
		public void killed() {
			if (this.recording != null) {
				try {
					Files.deleteIfExists(this.recording);
				}
				catch (IOException ex) {
					// the next start records afresh and replaces it
				}
			}
		}

	}

}
