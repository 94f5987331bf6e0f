package org.civicgrid.bench;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
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

/** The permission scope check every record read makes: is the record's region path under the user's? */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScopeCheckBenchmark {

    private CurrentUser streetOfficial;
    private String[] paths;
    private int next;

    @Setup
    public void setUp() {
        streetOfficial = new CurrentUser(7, "street", "街道", Set.of(Role.STREET_OFFICIAL), 1203, "/1/12/1203/");
        SplittableRandom random = new SplittableRandom(7);
        paths = new String[1 << 14];
        for (int i = 0; i < paths.length; i++) {
            int district = 10 + random.nextInt(4);
            int street = district * 100 + random.nextInt(6);
            int community = street * 100 + random.nextInt(20);
            int grid = community * 100 + random.nextInt(12);
            paths[i] = "/1/" + district + "/" + street + "/" + community + "/" + grid + "/";
        }
    }

    @Benchmark
    public boolean canSee() {
        return streetOfficial.canSee(paths[next++ & (paths.length - 1)]);
    }
}
