package org.civicgrid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went during a measured run, on a Linux machine that runs the load driver, the
 * server and the database together: the server's own CPU time (from its {@code process_cpu_time_ns_total}),
 * PostgreSQL's (every process named {@code postgres}, from {@code /proc}), the driver's, and the machine's
 * busy time. Divided by the requests answered, it says what one request costs each of them — the figure that
 * decides how far throughput can go on two cores.
 */
final class CpuAccount {

    /** CPU seconds at one moment; NaN where the figure is not available (no {@code /proc}, no server figure). */
    record Snapshot(double server, double database, double driver, double machineBusy, int cores) {}

    /** The CPU each spent per request, in milliseconds, and how busy the machine was. */
    record PerRequest(double serverMs, double databaseMs, double driverMs, double machineBusyShare) {

        String describe() {
            StringBuilder s = new StringBuilder("CPU per request:");
            append(s, " server", serverMs);
            append(s, ", PostgreSQL", databaseMs);
            append(s, ", load driver", driverMs);
            if (!Double.isNaN(machineBusyShare)) {
                s.append(String.format(java.util.Locale.ROOT, "; machine busy %.0f %%", machineBusyShare * 100));
            }
            return s.toString();
        }

        private static void append(StringBuilder s, String name, double ms) {
            s.append(name).append(Double.isNaN(ms) ? " n/a" : String.format(java.util.Locale.ROOT, " %.2f ms", ms));
        }
    }

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private CpuAccount() {
    }

    static Snapshot take(double serverCpuSeconds) {
        return new Snapshot(serverCpuSeconds, postgresSeconds(), driverSeconds(), machineBusySeconds(),
                Runtime.getRuntime().availableProcessors());
    }

    static PerRequest between(Snapshot a, Snapshot b, long requests, double seconds) {
        double n = Math.max(1, requests);
        return new PerRequest(1000 * (b.server() - a.server()) / n, 1000 * (b.database() - a.database()) / n,
                1000 * (b.driver() - a.driver()) / n, (b.machineBusy() - a.machineBusy()) / (seconds * a.cores()));
    }

    private static double driverSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** User and system time of every process named {@code postgres}; NaN without {@code /proc}. */
    static double postgresSeconds() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return Double.NaN;
        }
        long ticks = 0;
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path p : entries.filter(e -> e.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                ticks += postgresTicks(p.resolve("stat"));
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return (double) ticks / TICKS_PER_SECOND;
    }

    private static long postgresTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            if (open < 0 || close < open || !line.substring(open + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = line.substring(close + 2).split(" ");
            // after the name: state is field 3 of the file, utime field 14 and stime field 15
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile, or is not ours to read
        }
    }

    private static double machineBusySeconds() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
            return (double) busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
