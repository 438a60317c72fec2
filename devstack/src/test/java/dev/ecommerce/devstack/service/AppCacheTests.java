package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import dev.ecommerce.devstack.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AppCacheTests {

	@TempDir
	Path root;

	private final AtomicInteger extractions = new AtomicInteger();

	private final JavaCommand java = new JavaCommand("/opt/jdk/bin/java", List.of("-Xmx256m"));

	@Test
	void aSpringBootJarIsExtractedOnceAndRecordsItsClassesUntilItStopsCleanly() throws IOException {
		Path jar = bootJar("product-service-1.jar");
		AppCache cache = cache(this.java);

		AppCache.App first = cache.prepare("product", jar);

		Path extracted = applicationJarOf(first);
		assertThat(extracted).exists().startsWith(this.root.resolve("run/apps"));
		assertThat(first.command()).containsSubsequence("/opt/jdk/bin/java", "-Xmx256m",
				"-XX:ArchiveClassesAtExit=" + first.recording(), "-jar", extracted.toString());

		recordedAndStopped(first);
		AppCache.App second = cache.prepare("product", jar);

		assertThat(this.extractions).hasValue(1);
		assertThat(second.command()).contains("-XX:SharedArchiveFile=" + first.archive())
			.noneMatch((option) -> option.startsWith("-XX:ArchiveClassesAtExit"))
			.endsWith("-jar", extracted.toString());
		assertThat(first.archive()).hasContent("classes");
	}

	@Test
	void aRecordingCutShortByAKillIsNeverUsed() throws IOException {
		Path jar = bootJar("product-service-1.jar");
		AppCache cache = cache(this.java);
		AppCache.App killed = cache.prepare("product", jar);
		Files.writeString(killed.recording(), "half an archive");

		killed.killed();
		AppCache.App next = cache.prepare("product", jar);

		assertThat(killed.recording()).doesNotExist();
		assertThat(killed.archive()).doesNotExist();
		assertThat(next.command()).contains("-XX:ArchiveClassesAtExit=" + next.recording());
	}

	@Test
	void aRebuiltJarStartsAfreshAndTheOlderCopyIsRemoved() throws IOException {
		Path jar = bootJar("product-service-1.jar");
		AppCache cache = cache(this.java);
		AppCache.App before = recordedAndStopped(cache.prepare("product", jar));

		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		AppCache.App after = cache.prepare("product", jar);

		assertThat(this.extractions).hasValue(2);
		assertThat(after.command()).contains("-XX:ArchiveClassesAtExit=" + after.recording());
		assertThat(before.archive()).doesNotExist();
		try (Stream<Path> entries = Files.list(this.root.resolve("run/apps"))) {
			assertThat(entries.map((entry) -> entry.getFileName().toString())).singleElement()
				.asString()
				.startsWith("product-");
		}
	}

	@Test
	void anotherJavaOrOtherOptionsStartAfresh() throws IOException {
		Path jar = bootJar("product-service-1.jar");
		recordedAndStopped(cache(this.java).prepare("product", jar));

		AppCache.App otherOptions = cache(new JavaCommand("/opt/jdk/bin/java", List.of("-Xmx512m"))).prepare("product",
				jar);

		assertThat(otherOptions.command()).contains("-XX:ArchiveClassesAtExit=" + otherOptions.recording());
		assertThat(this.extractions).hasValue(2);
	}

	@Test
	void withoutClassArchivesTheExtractedJarRunsAsItIs() throws IOException {
		Path jar = bootJar("product-service-1.jar");

		AppCache.App app = cache(new JavaCommand("/opt/jdk/bin/java", List.of("-Xmx256m"), false)).prepare("product",
				jar);

		assertThat(app.command()).noneMatch((option) -> option.contains("Archive"));
		assertThat(app.recording()).isNull();
		app.stoppedCleanly();
	}

	@Test
	void aJarThatIsNotASpringBootJarRunsFromACopy() throws IOException {
		Path jar = this.root.resolve("target/product-service-1.jar");
		Files.createDirectories(jar.getParent());
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new JarEntry("dev/Main.class"));
		}

		AppCache.App app = cache(this.java).prepare("product", jar);

		assertThat(this.extractions).hasValue(0);
		assertThat(app.command()).endsWith("-jar", this.root.resolve("run/jars/product.jar").toString())
			.noneMatch((option) -> option.contains("Archive"));
	}

	private AppCache cache(JavaCommand command) {
		return new AppCache(new RunDirectory(this.root.resolve("run")), command, (java, jar, destination) -> {
			this.extractions.incrementAndGet();
			Files.createDirectories(destination.resolve("lib"));
			Files.writeString(destination.resolve(jar.getFileName()), "application");
		});
	}

	/** What a JVM recording its classes does, and then a clean stop. */
	private static AppCache.App recordedAndStopped(AppCache.App app) throws IOException {
		Files.writeString(app.recording(), "classes");
		app.stoppedCleanly();
		return app;
	}

	private Path bootJar(String name) throws IOException {
		Path jar = this.root.resolve("target").resolve(name);
		Files.createDirectories(jar.getParent());
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			out.putNextEntry(new JarEntry("BOOT-INF/lib/spring-boot-jarmode-tools-4.0.7.jar"));
		}
		return jar;
	}

	private static Path applicationJarOf(AppCache.App app) {
		return Path.of(app.command().get(app.command().size() - 1));
	}

}
