package org.civicgrid.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.civicgrid.cases.internal.WorkingTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A case's deadline: the report time plus N working hours on China's calendar (weekends, public
 * holidays and make-up workdays of 2026 as the demo data has them), for start times spread over the year.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private WorkingTime calendar;
    private Instant[] starts;
    private int[] hours;
    private int next;

    @Setup
    public void setUp() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        // 2026: New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day (off), make-up workdays (on)
        String[] off = {"2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01",
            "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"};
        String[] on = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"};
        for (String d : off) {
            exceptions.put(LocalDate.parse(d), false);
        }
        for (String d : on) {
            exceptions.put(LocalDate.parse(d), true);
        }
        calendar = new WorkingTime(exceptions, WorkingTime.parse("09:00-12:00,13:30-17:30"), ZoneId.of("Asia/Shanghai"));
        SplittableRandom random = new SplittableRandom(11);
        starts = new Instant[1 << 12];
        hours = new int[starts.length];
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < starts.length; i++) {
            starts[i] = base.plusSeconds(random.nextLong(365L * 24 * 3600));
            hours[i] = new int[] {4, 8, 24, 40, 72}[random.nextInt(5)];
        }
    }

    @Benchmark
    public Instant deadline() {
        int i = next++ & (starts.length - 1);
        return calendar.plusWorkingHours(starts[i], hours[i]);
    }
}
