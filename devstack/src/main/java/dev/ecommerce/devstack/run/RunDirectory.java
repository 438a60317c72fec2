package dev.ecommerce.devstack.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The directory ({@code .shop/} for the command line) where a running stack records the
 * pid of every process it started, so that {@code shop down} can end them even when
 * devstack itself was killed, and its state ({@code starting}, {@code ready},
 * {@code failed}, {@code stopped}), so that {@code shop up -d} knows when to return.
 */
public final class RunDirectory {

	private final Path directory;

	public RunDirectory(Path directory) {
		this.directory = directory;
	}

	public Path path() {
		return this.directory;
	}

	public Path resolve(String name) {
		return this.directory.resolve(name);
	}

	public void writePid(String name, long pid) {
		write(pidFile(name), Long.toString(pid));
	}

	public void removePid(String name) {
		delete(pidFile(name));
	}

	/**
	 * The pid recorded for a process, if any and if that process still runs.
	 * @param name the process, e.g. {@code product} or {@code postgres}
	 * @return the live pid
	 */
	public OptionalLong livePid(String name) {
		return livePid(pidFile(name));
	}

	/**
	 * The pid of a devstack process that runs now with this run directory.
	 * @return the live pid
	 */
	public OptionalLong liveDevstackPid() {
		return livePid(this.directory.resolve("devstack.pid"));
	}

	private static OptionalLong livePid(Path file) {
		if (!Files.isRegularFile(file)) {
			return OptionalLong.empty();
		}
		try {
			long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid)
					: OptionalLong.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/**
	 * Records the pid of the devstack process itself, in {@code devstack.pid}.
	 * @param pid this process's pid
	 */
	public void writeOwnPid(long pid) {
		write(this.directory.resolve("devstack.pid"), Long.toString(pid));
	}

	public void removeOwnPid() {
		delete(this.directory.resolve("devstack.pid"));
	}

	/**
	 * Copies a service's jar to where it runs from. A build that rewrites the jar in
	 * {@code target/} while the service runs would otherwise break it the next time it
	 * loads a class; with a copy it runs on, and a restart picks up the new build.
	 * @param name the service
	 * @param jar the built jar
	 * @return the copy
	 */
	public Path copyJar(String name, Path jar) {
		Path copy = this.directory.resolve("jars").resolve(name + ".jar");
		try {
			Files.createDirectories(copy.getParent());
			Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot copy " + jar + " to " + copy + ": " + ex.getMessage(), ex);
		}
	}

	public void removeJar(String name) {
		delete(this.directory.resolve("jars").resolve(name + ".jar"));
	}

	public void writeState(String state) {
		write(this.directory.resolve("state"), state);
	}

	public Optional<String> state() {
		try {
			return Optional.of(Files.readString(this.directory.resolve("state"), StandardCharsets.UTF_8).trim());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private Path pidFile(String name) {
		return this.directory.resolve("pids").resolve(name + ".pid");
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a stale pid file is harmless: readers check that the process is alive
		}
	}

}
