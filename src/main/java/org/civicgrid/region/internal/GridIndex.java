package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Point-to-grid lookup: a uniform raster of cells over the grids' extent, each cell listing the grids whose
 * bounding box touches it, then an exact point-in-polygon test (JTS's point locators). A point on an edge two
 * grids share goes to the grid that comes first (lowest sort order, then lowest id), so the answer never
 * depends on load order; a point in a hole belongs to no grid. Immutable once built, so lookups need no
 * locking.
 *
 * <p>Cells are about the size of a typical grid (the median bounding box), so a cell lists a handful of grids
 * wherever grids cluster; their number is capped ({@value #MAX_CELLS}), so a province whose grids lie far apart
 * gets coarser cells rather than a huge raster. Each cell's grids are kept in answer order, so the first grid
 * that holds the point is the answer.
 */
public final class GridIndex {

    /** Polygons with more points than this get an indexed locator; smaller ones are tested edge by edge. */
    private static final int INDEXED_ABOVE_POINTS = 32;
    private static final int MAX_CELLS = 1 << 20;
    private static final Comparator<Entry> ANSWER_ORDER = Comparator.comparingInt(Entry::sortOrder)
            .thenComparingLong(Entry::gridId);

    /** One grid: its id, its place in the answer order, its bounding box and how to test a point against it. */
    public record Entry(long gridId, int sortOrder, Envelope envelope, PointOnGeometryLocator locator) {

        boolean holds(double x, double y) {
            return envelope.covers(x, y) && locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
        }
    }

    private final int size;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    private final Entry[][] cells;

    public GridIndex(Collection<Entry> entries) {
        this.size = entries.size();
        List<Entry> shaped = entries.stream().filter(e -> !e.envelope().isNull()).toList(); // an empty shape holds nothing
        Envelope extent = new Envelope();
        shaped.forEach(e -> extent.expandToInclude(e.envelope()));
        if (shaped.isEmpty()) {
            minX = minY = maxX = maxY = 0;
            cellWidth = cellHeight = 1;
            columns = rows = 0;
            cells = new Entry[0][];
            return;
        }
        minX = extent.getMinX();
        minY = extent.getMinY();
        maxX = extent.getMaxX();
        maxY = extent.getMaxY();
        double width = Math.max(median(shaped, Envelope::getWidth), extent.getWidth() / 4096 + Double.MIN_NORMAL);
        double height = Math.max(median(shaped, Envelope::getHeight), extent.getHeight() / 4096 + Double.MIN_NORMAL);
        double cols = Math.ceil(extent.getWidth() / width) + 1;
        double rws = Math.ceil(extent.getHeight() / height) + 1;
        double scale = cols * rws > MAX_CELLS ? Math.sqrt(cols * rws / MAX_CELLS) : 1;
        cellWidth = width * scale;
        cellHeight = height * scale;
        columns = (int) Math.min(Math.ceil(extent.getWidth() / cellWidth) + 1, MAX_CELLS);
        rows = (int) Math.min(Math.ceil(extent.getHeight() / cellHeight) + 1, MAX_CELLS / columns);

        List<List<Entry>> lists = new ArrayList<>(columns * rows);
        for (int i = 0; i < columns * rows; i++) {
            lists.add(null);
        }
        for (Entry e : shaped) {
            Envelope box = e.envelope();
            for (int row = row(box.getMinY()); row <= row(box.getMaxY()); row++) {
                for (int col = column(box.getMinX()); col <= column(box.getMaxX()); col++) {
                    int at = row * columns + col;
                    if (lists.get(at) == null) {
                        lists.set(at, new ArrayList<>(4));
                    }
                    lists.get(at).add(e);
                }
            }
        }
        cells = new Entry[columns * rows][];
        for (int i = 0; i < cells.length; i++) {
            List<Entry> list = lists.get(i);
            if (list != null) {
                cells[i] = list.stream().sorted(ANSWER_ORDER).toArray(Entry[]::new);
            }
        }
    }

    public static Entry entry(long gridId, int sortOrder, Geometry geometry) {
        PointOnGeometryLocator locator = geometry.getNumPoints() > INDEXED_ABOVE_POINTS
                ? new IndexedPointInAreaLocator(geometry) : new SimplePointInAreaLocator(geometry);
        Envelope envelope = new Envelope(geometry.getEnvelopeInternal());
        if (!envelope.isNull()) {
            // build the locator's own index now, while one thread holds it, rather than on a first lookup
            locator.locate(envelope.centre());
        }
        return new Entry(gridId, sortOrder, envelope, locator);
    }

    /** @return the grid id, or -1 when the point lies in no grid */
    public long locate(double lat, double lng) {
        if (!(lng >= minX && lng <= maxX && lat >= minY && lat <= maxY)) {
            return -1; // outside the extent, or not a number
        }
        Entry[] cell = cells[row(lat) * columns + column(lng)];
        if (cell != null) {
            for (Entry e : cell) {
                if (e.holds(lng, lat)) {
                    return e.gridId();
                }
            }
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public static GridIndex empty() {
        return new GridIndex(List.of());
    }

    /** The cell column of a longitude inside the extent; the same arithmetic for boxes and points. */
    private int column(double x) {
        return Math.min((int) ((x - minX) / cellWidth), columns - 1);
    }

    private int row(double y) {
        return Math.min((int) ((y - minY) / cellHeight), rows - 1);
    }

    private static double median(List<Entry> entries, ToDoubleFunction<Envelope> size) {
        double[] sizes = entries.stream().mapToDouble(e -> size.applyAsDouble(e.envelope())).toArray();
        Arrays.sort(sizes);
        return sizes[sizes.length / 2];
    }
}
