package dev.ecommerce.devstack.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The {@code java ... -jar} command line of a service. The services run on the same Java
 * as devstack itself, so that what was checked once (a JDK 17 or newer) holds for all of
 * them.
 */
public final class JavaCommand {

	/**
	 * Small enough for nine services and the gateway to fit in about 3 GiB: the serial
	 * collector keeps no extra threads or regions, C1 alone compiles quickly and needs a
	 * small code cache.
	 */
	public static final List<String> DEFAULT_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-Xss512k",
			"-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m", "-Xshare:auto");

	private final String java;

	private final List<String> options;

	private final boolean classArchives;

	public JavaCommand(String java, List<String> options) {
		this(java, options, true);
	}

	/**
	 * A command line.
	 * @param java the {@code java} executable
	 * @param options the JVM options
	 * @param classArchives whether each service keeps a class-data-sharing archive of its
	 * classes (see {@link AppCache})
	 */
	public JavaCommand(String java, List<String> options, boolean classArchives) {
		this.java = java;
		this.options = List.copyOf(options);
		this.classArchives = classArchives;
	}

	/**
	 * The Java running this program, with the options of {@code SHOP_JAVA_OPTS} or the
	 * defaults, and class archives unless {@code SHOP_CLASS_ARCHIVES} is {@code off}.
	 * @param environment the process environment
	 * @return the command
	 */
	public static JavaCommand fromEnvironment(Map<String, String> environment) {
		return new JavaCommand(currentJava(environment), options(environment.get("SHOP_JAVA_OPTS")),
				classArchives(environment.get("SHOP_CLASS_ARCHIVES")));
	}

	static boolean classArchives(@Nullable String fromEnvironment) {
		if (fromEnvironment == null || fromEnvironment.isBlank()) {
			return true;
		}
		return switch (fromEnvironment.trim().toLowerCase(Locale.ROOT)) {
			case "on", "true", "yes" -> true;
			case "off", "false", "no" -> false;
			default -> throw new IllegalArgumentException(
					"SHOP_CLASS_ARCHIVES must be on or off, not '" + fromEnvironment + "'");
		};
	}

	static List<String> options(@Nullable String fromEnvironment) {
		if (fromEnvironment == null || fromEnvironment.isBlank()) {
			return DEFAULT_OPTIONS;
		}
		return Arrays.stream(fromEnvironment.trim().split("\\s+")).toList();
	}

	static String currentJava(Map<String, String> environment) {
		Optional<String> running = ProcessHandle.current().info().command();
		if (running.isPresent() && Files.isExecutable(Path.of(running.get()))) {
			return running.get();
		}
		String javaHome = environment.get("JAVA_HOME");
		if (javaHome != null && Files.isExecutable(Path.of(javaHome, "bin", "java"))) {
			return Path.of(javaHome, "bin", "java").toString();
		}
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	public List<String> toRun(Path jar, String... moreOptions) {
		List<String> command = new ArrayList<>();
		command.add(this.java);
		command.addAll(this.options);
		command.addAll(Arrays.asList(moreOptions));
		command.add("-jar");
		command.add(jar.toString());
		return command;
	}

	/**
	 * Runs a Spring Boot jar's tools jar mode (list, extract) instead of the application.
	 * @param jar the jar
	 * @return the command, to which the tool's arguments are added
	 */
	public List<String> toRunTool(Path jar) {
		return List.of(this.java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djarmode=tools", "-jar", jar.toString());
	}

	public List<String> options() {
		return this.options;
	}

	/**
	 * Whether services keep class archives: unless turned off, or class data sharing is
	 * ({@code -Xshare:off} in the options, with which a JVM asked to record an archive
	 * would not start).
	 * @return whether to use class archives
	 */
	public boolean classArchives() {
		return this.classArchives && !this.options.contains("-Xshare:off");
	}

	/**
	 * What a class archive depends on besides the jar: this Java (its path and when it
	 * was installed) and the options.
	 * @return a description that changes when they do
	 */
	String identity() {
		long installed;
		try {
			installed = Files.getLastModifiedTime(Path.of(this.java)).toMillis();
		}
		catch (IOException | RuntimeException ex) {
			installed = 0;
		}
		return this.java + "@" + installed + " " + String.join(" ", this.options);
	}

}
