package dev.ecommerce.devstack.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

	public JavaCommand(String java, List<String> options) {
		this.java = java;
		this.options = List.copyOf(options);
	}

	/**
	 * The Java running this program, with the options of {@code SHOP_JAVA_OPTS} or the
	 * defaults.
	 * @param environment the process environment
	 * @return the command
	 */
	public static JavaCommand fromEnvironment(Map<String, String> environment) {
		return new JavaCommand(currentJava(environment), options(environment.get("SHOP_JAVA_OPTS")));
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

	public List<String> toRun(Path jar) {
		List<String> command = new ArrayList<>();
		command.add(this.java);
		command.addAll(this.options);
		command.add("-jar");
		command.add(jar.toString());
		return command;
	}

	public List<String> options() {
		return this.options;
	}

}
