package org.civicgrid.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.civicgrid.rivers.WaterClassification;
import org.civicgrid.rivers.WaterQualityStandards;
import org.civicgrid.rivers.WaterbodyType;
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

/** GB 3838-2002 classification of a full eight-item sample, rivers and lakes mixed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WaterQualityBenchmark {

    private WaterQualityStandards standards;
    private Map<String, Double>[] samples;
    private WaterbodyType[] types;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        standards = WaterQualityStandards.get();
        SplittableRandom random = new SplittableRandom(3);
        samples = new Map[1 << 10];
        types = new WaterbodyType[samples.length];
        for (int i = 0; i < samples.length; i++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("ph", 6.5 + random.nextDouble() * 2);
            m.put("do", 2 + random.nextDouble() * 6);
            m.put("codmn", 1 + random.nextDouble() * 12);
            m.put("cod", 10 + random.nextDouble() * 30);
            m.put("bod5", 2 + random.nextDouble() * 8);
            m.put("nh3n", random.nextDouble() * 2.5);
            m.put("tp", random.nextDouble() * 0.4);
            m.put("tn", random.nextDouble() * 2.5);
            samples[i] = m;
            types[i] = random.nextBoolean() ? WaterbodyType.RIVER : WaterbodyType.LAKE;
        }
    }

    @Benchmark
    public WaterClassification classify() {
        int i = next++ & (samples.length - 1);
        return standards.classify(types[i], samples[i]);
    }
}
