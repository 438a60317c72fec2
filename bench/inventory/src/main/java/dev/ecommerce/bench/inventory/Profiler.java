package dev.ecommerce.bench.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.ecommerce.bench.support.BenchDatabase;

/**
 * Watches one scenario's measured time, next to the load: the CPU time the service's JVM,
 * the PostgreSQL processes and the load generator use, how busy the whole machine is, how
 * many database sessions wait for a lock (sampled every 100 ms), and what
 * {@code pg_stat_statements} counts (statements and their execution time).
 */
final class Profiler {

	private static final double TICKS_PER_SECOND = 100;

	private static final String WAITING = """
			SELECT count(*) FILTER (WHERE wait_event_type = 'Lock') FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid()""";

	private static final String STATEMENTS = """
			SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0) FROM pg_stat_statements
			WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND query NOT LIKE '%pg_stat%'""";

	private static final String TOP = """
			SELECT calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements
			WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND query NOT LIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT 12""";

	private final BenchDatabase database;

	private final long servicePid;

	Profiler(BenchDatabase database, long servicePid) {
		this.database = database;
		this.servicePid = servicePid;
	}

	/**
	 * Starts watching a scenario that starts now.
	 * @param warmup the scenario's warm-up, not watched
	 * @param measured the measured time, watched
	 * @return what was seen, once the measured time is over
	 */
	CompletableFuture<Profile> watch(Duration warmup, Duration measured) {
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long end = measureFrom + measured.toNanos();
		return CompletableFuture.supplyAsync(() -> {
			try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
				sleepUntil(measureFrom);
				statement.execute("SELECT pg_stat_statements_reset()");
				List<Long> pids = postgresPids(statement);
				long[] cpu = { ticks(this.servicePid), ticks(pids), ticks(ProcessHandle.current().pid()) };
				long[] machine = machineTicks();
				long waiting = 0;
				int samples = 0;
				while (System.nanoTime() < end) {
					try (ResultSet rows = statement.executeQuery(WAITING)) {
						rows.next();
						waiting += rows.getLong(1);
						samples++;
					}
					TimeUnit.MILLISECONDS.sleep(100);
				}
				long[] cpuAfter = { ticks(this.servicePid), ticks(pids), ticks(ProcessHandle.current().pid()) };
				long[] machineAfter = machineTicks();
				long calls;
				double execMillis;
				try (ResultSet rows = statement.executeQuery(STATEMENTS)) {
					rows.next();
					calls = rows.getLong(1);
					execMillis = rows.getDouble(2);
				}
				List<String> top = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery(TOP)) {
					while (rows.next()) {
						String query = rows.getString(3);
						top.add(String.format(Locale.ROOT, "%8d calls %9.1f ms  %s", rows.getLong(1), rows.getDouble(2),
								query.substring(0, Math.min(150, query.length()))));
					}
				}
				double busy = (machineAfter[1] - machine[1]) / (double) Math.max(1, (machineAfter[0] - machine[0]));
				return new Profile((cpuAfter[0] - cpu[0]) / TICKS_PER_SECOND, (cpuAfter[1] - cpu[1]) / TICKS_PER_SECOND,
						(cpuAfter[2] - cpu[2]) / TICKS_PER_SECOND, busy,
						(samples > 0) ? waiting / (double) samples : Double.NaN, calls, execMillis, top);
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("Could not watch the scenario", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		});
	}

	/** The server's processes: the sessions and the background workers. */
	private static List<Long> postgresPids(Statement statement) throws SQLException {
		List<Long> pids = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("SELECT pid FROM pg_stat_activity")) {
			while (rows.next()) {
				pids.add(rows.getLong(1));
			}
		}
		return pids;
	}

	private static long ticks(List<Long> pids) throws IOException {
		long sum = 0;
		for (long pid : pids) {
			sum += ticks(pid);
		}
		return sum;
	}

	/** User and system time of a process, in clock ticks; 0 once it is gone. */
	private static long ticks(long pid) throws IOException {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		String line;
		try {
			line = Files.readString(stat);
		}
		catch (IOException ex) {
			return 0;
		}
		// the command (field 2) is in parentheses and may hold spaces
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** All ticks of all cores and the busy ones (neither idle nor waiting for I/O). */
	private static long[] machineTicks() throws IOException {
		String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
		long total = 0;
		for (int i = 1; i < fields.length; i++) {
			total += Long.parseLong(fields[i]);
		}
		long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
		return new long[] { total, total - idle };
	}

	private static void sleepUntil(long nanos) throws InterruptedException {
		long left = nanos - System.nanoTime();
		if (left > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
	}

	/**
	 * What one scenario's measured time cost.
	 *
	 * @param serviceCpu CPU seconds of the service's JVM (0 for raw SQL)
	 * @param postgresCpu CPU seconds of the PostgreSQL processes
	 * @param loadCpu CPU seconds of the bench's own JVM (the load generator)
	 * @param machineBusy the share of all cores' time that was busy, whoever used it
	 * @param lockWaiters the sessions waiting for a lock, on average
	 * @param statements the statements PostgreSQL executed
	 * @param execMillis their execution time in milliseconds
	 * @param top the statements that took most time
	 */
	record Profile(double serviceCpu, double postgresCpu, double loadCpu, double machineBusy, double lockWaiters,
			long statements, double execMillis, List<String> top) {

	}

}
