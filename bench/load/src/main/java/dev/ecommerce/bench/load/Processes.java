package dev.ecommerce.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU and memory of each part of the running stack, from {@code /proc}: the processes
 * whose pids devstack records in {@code .shop/pids/<name>.pid}, devstack itself
 * ({@code .shop/devstack.pid}, which holds the Kafka broker), and this load generator.
 * <p>
 * CPU is {@code utime + stime} of {@code /proc/<pid>/stat}; for PostgreSQL that of the
 * postmaster, of its backends alive now, and of those it has reaped ({@code cutime +
 * cstime}). Memory is the resident set ({@code VmRSS}) of a JVM, and for PostgreSQL the
 * proportional set size ({@code Pss} of {@code smaps_rollup}) summed over its processes,
 * so that the shared buffers count once.
 */
final class Processes {

	private static final long TICKS_PER_SECOND = 100;

	private final Map<String, Long> parts;

	private final Map<String, Long> peakKb = new ConcurrentHashMap<>();

	private Processes(Map<String, Long> parts) {
		this.parts = parts;
	}

	/** The parts of the stack started from this directory, and this generator. */
	static Processes of(Path root) throws IOException {
		Map<String, Long> parts = new LinkedHashMap<>();
		Path pids = root.resolve(".shop/pids");
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> each = Files.newDirectoryStream(pids, "*.pid")) {
			each.forEach(files::add);
		}
		files.sort(null);
		Path devstackFile = root.resolve(".shop/devstack.pid");
		long devstack = Files.exists(devstackFile) ? Long.parseLong(Files.readString(devstackFile).strip()) : -1;
		for (Path file : files) {
			String name = file.getFileName().toString().replace(".pid", "");
			long pid = Long.parseLong(Files.readString(file).strip());
			if (pid != devstack) {
				parts.put(name, pid);
			}
		}
		if (devstack != -1) {
			// the broker runs inside devstack's JVM, whose pid kafka.pid repeats
			parts.put("devstack (Kafka, mail)", devstack);
		}
		parts.put(GENERATOR, ProcessHandle.current().pid());
		return new Processes(parts);
	}

	List<String> names() {
		return List.copyOf(this.parts.keySet());
	}

	/**
	 * CPU time used so far by each part, in clock ticks, and the machine's busy ticks.
	 */
	Map<String, Long> cpuTicks() {
		Map<String, Long> ticks = new LinkedHashMap<>();
		this.parts.forEach((name, pid) -> {
			long total = ticks(pid, isPostgres(name));
			if (isPostgres(name)) {
				for (long child : children(pid)) {
					total += ticks(child, false);
				}
			}
			ticks.put(name, total);
		});
		ticks.put(MACHINE, machineBusyTicks());
		return ticks;
	}

	static final String MACHINE = "machine (all processes)";

	static final String GENERATOR = "load generator";

	/** Cores used between two readings of {@link #cpuTicks()}. */
	static double cores(long fromTicks, long toTicks, double seconds) {
		return (toTicks - fromTicks) / (double) TICKS_PER_SECOND / seconds;
	}

	/** Takes one reading of memory; the highest since {@link #resetPeaks()} is kept. */
	void sampleMemory() {
		this.parts.forEach((name, pid) -> {
			long kb;
			if (isPostgres(name)) {
				kb = field(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
				for (long child : children(pid)) {
					kb += field(Path.of("/proc", Long.toString(child), "smaps_rollup"), "Pss:");
				}
			}
			else {
				kb = field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
			}
			this.peakKb.merge(name, kb, Math::max);
		});
	}

	void resetPeaks() {
		this.peakKb.clear();
	}

	/** The highest memory of each part since the peaks were reset, in MB. */
	Map<String, Long> peakMb() {
		Map<String, Long> mb = new LinkedHashMap<>();
		this.parts.keySet().forEach((name) -> mb.put(name, this.peakKb.getOrDefault(name, 0L) / 1024));
		return mb;
	}

	private static boolean isPostgres(String name) {
		return name.equals("postgres");
	}

	private static long ticks(long pid, boolean withReaped) {
		String[] fields = stat(pid);
		if (fields == null) {
			return 0;
		}
		// fields after "(comm)": [0] state, [1] ppid, ..., [11] utime, [12] stime, [13]
		// cutime, [14] cstime
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		if (withReaped) {
			ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
		}
		return ticks;
	}

	private static String[] stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static List<Long> children(long parent) {
		List<Long> children = new ArrayList<>();
		try (DirectoryStream<Path> each = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path process : each) {
				long pid = Long.parseLong(process.getFileName().toString());
				String[] fields = stat(pid);
				if (fields != null && Long.parseLong(fields[1]) == parent) {
					children.add(pid);
				}
			}
		}
		catch (IOException ex) {
			// no /proc: nothing to add
		}
		return children;
	}

	private static long field(Path file, String name) {
		try {
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith(name)) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process has ended
		}
		return 0;
	}

	private static long machineBusyTicks() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < cpu.length && i <= 8; i++) {
				if (i != 4 && i != 5) {
					busy += Long.parseLong(cpu[i]);
				}
			}
			return busy;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
