package org.civicgrid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.civicgrid.region.internal.GridIndex;
import org.civicgrid.shared.geo.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point-to-grid lookup over a city of N grids (10,000 by default): irregular quadrilateral cells of
 * about 500 m, tiled without gaps, queried at random points inside the city's box (a few percent fall
 * outside every grid). One thread: the target is ≥ 1 million lookups a second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class GridLookupBenchmark {

    @Param({"10000"})
    int grids;

    private GridIndex index;
    private double[] lats;
    private double[] lngs;
    private int next;

    @Setup
    public void setUp() {
        int side = (int) Math.ceil(Math.sqrt(grids));
        double cell = 0.005;
        double lat0 = 27.5;
        double lng0 = 112.9;
        SplittableRandom random = new SplittableRandom(42);
        double[][][] vertex = new double[side + 1][side + 1][];
        for (int i = 0; i <= side; i++) {
            for (int j = 0; j <= side; j++) {
                boolean edge = i == 0 || j == 0 || i == side || j == side;
                double jl = edge ? 0 : (random.nextDouble() - 0.5) * cell * 0.3;
                double jg = edge ? 0 : (random.nextDouble() - 0.5) * cell * 0.3;
                vertex[i][j] = new double[] {lat0 + j * cell + jl, lng0 + i * cell + jg};
            }
        }
        List<GridIndex.Entry> entries = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < side && entries.size() < grids; i++) {
            for (int j = 0; j < side && entries.size() < grids; j++) {
                Coordinate[] ring = {c(vertex[i][j]), c(vertex[i + 1][j]), c(vertex[i + 1][j + 1]), c(vertex[i][j + 1]),
                        c(vertex[i][j])};
                Polygon polygon = GeoJson.FACTORY.createPolygon(ring);
                entries.add(GridIndex.entry(id++, 1, polygon));
            }
        }
        index = new GridIndex(entries);
        lats = new double[1 << 16];
        lngs = new double[1 << 16];
        for (int k = 0; k < lats.length; k++) {
            lats[k] = lat0 - 0.01 + random.nextDouble() * (side * cell + 0.02);
            lngs[k] = lng0 - 0.01 + random.nextDouble() * (side * cell + 0.02);
        }
    }

    private static Coordinate c(double[] latLng) {
        return new Coordinate(latLng[1], latLng[0]);
    }

    @Benchmark
    public long locate() {
        int k = next++ & (lats.length - 1);
        return index.locate(lats[k], lngs[k]);
    }
}
