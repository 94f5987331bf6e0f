package org.civicgrid.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.civicgrid.shared.geo.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The index answers exactly what testing every grid one by one answers — the first grid, by sort order then
 * id, whose shape covers the point — for tilings of jittered cells, with ponds, with a large grid overlapping
 * others, and with a second town far away (coarse cells), at random points and at the vertices themselves.
 */
class GridIndexProperties {

    private record Grid(long id, int order, Geometry shape) {}

    @Property(tries = 200)
    void the_index_answers_as_testing_every_grid_in_turn(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Grid> grids = new ArrayList<>();
        List<Coordinate> probes = new ArrayList<>();
        town(random, 27.8, 113.1, grids, probes);
        if (random.nextBoolean()) {
            town(random, 27.8 + random.nextDouble(-8, 8), 113.1 + random.nextDouble(-8, 8), grids, probes);
        }
        GridIndex index = new GridIndex(grids.stream().map(g -> GridIndex.entry(g.id(), g.order(), g.shape())).toList());
        List<Grid> inAnswerOrder = grids.stream()
                .sorted(Comparator.comparingInt(Grid::order).thenComparingLong(Grid::id)).toList();

        for (Coordinate p : probes) {
            long expected = inAnswerOrder.stream().filter(g -> g.shape().covers(GeoJson.point(p.y, p.x)))
                    .mapToLong(Grid::id).findFirst().orElse(-1);
            assertThat(index.locate(p.y, p.x)).as("lat %s lng %s", p.y, p.x).isEqualTo(expected);
        }
    }

    /** A town of side × side jittered cells near (lat, lng), some with a pond, perhaps one large grid over them. */
    private static void town(SplittableRandom random, double lat, double lng, List<Grid> grids, List<Coordinate> probes) {
        int side = random.nextInt(1, 12);
        double cell = random.nextDouble(0.001, 0.02);
        Coordinate[][] v = new Coordinate[side + 1][side + 1];
        for (int i = 0; i <= side; i++) {
            for (int j = 0; j <= side; j++) {
                double jitter = (i == 0 || j == 0 || i == side || j == side) ? 0 : cell * 0.3;
                v[i][j] = new Coordinate(lng + i * cell + random.nextDouble(-0.5, 0.5) * jitter,
                        lat + j * cell + random.nextDouble(-0.5, 0.5) * jitter);
                probes.add(v[i][j]);
            }
        }
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                LinearRing shell = GeoJson.FACTORY.createLinearRing(
                        new Coordinate[] {v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1], v[i][j]});
                LinearRing[] holes = {};
                if (random.nextInt(5) == 0) {
                    double x = (v[i][j].x + v[i + 1][j + 1].x) / 2;
                    double y = (v[i][j].y + v[i + 1][j + 1].y) / 2;
                    double r = cell * 0.1;
                    Coordinate[] pond = {new Coordinate(x - r, y - r), new Coordinate(x + r, y - r),
                            new Coordinate(x + r, y + r), new Coordinate(x - r, y + r), new Coordinate(x - r, y - r)};
                    holes = new LinearRing[] {GeoJson.FACTORY.createLinearRing(pond)};
                    probes.add(new Coordinate(x, y));
                    probes.add(pond[0]);
                }
                Polygon polygon = GeoJson.FACTORY.createPolygon(shell, holes);
                grids.add(new Grid(grids.size() + 1, random.nextInt(3), polygon));
            }
        }
        if (random.nextInt(3) == 0) {
            double w = cell * side * random.nextDouble(0.2, 0.8);
            double x = lng + random.nextDouble(0, cell * side - w);
            double y = lat + random.nextDouble(0, cell * side - w);
            Coordinate[] big = {new Coordinate(x, y), new Coordinate(x + w, y), new Coordinate(x + w, y + w),
                    new Coordinate(x, y + w), new Coordinate(x, y)};
            grids.add(new Grid(grids.size() + 1, random.nextInt(3), GeoJson.FACTORY.createPolygon(big)));
            probes.add(big[2]);
        }
        double extent = cell * side;
        for (int k = 0; k < 100; k++) {
            probes.add(new Coordinate(lng - cell + random.nextDouble() * (extent + 2 * cell),
                    lat - cell + random.nextDouble() * (extent + 2 * cell)));
        }
    }
}
