package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.civicgrid.shared.geo.GeoJson;

/**
 * Point-to-grid lookup: an STR-tree over the grids' bounding boxes, then an exact covers-test on the
 * prepared polygon. A point on an edge two grids share goes to the grid that comes first (lowest
 * sort order, then lowest id), so the answer never depends on load order; a point in a hole belongs
 * to no grid. Immutable once built, so lookups need no locking.
 */
public final class GridIndex {

    public record Entry(long gridId, int sortOrder, PreparedGeometry shape) {}

    private final STRtree tree = new STRtree();
    private final int size;

    public GridIndex(Collection<Entry> entries) {
        for (Entry entry : entries) {
            tree.insert(entry.shape().getGeometry().getEnvelopeInternal(), entry);
        }
        tree.build();
        this.size = entries.size();
    }

    public static Entry entry(long gridId, int sortOrder, Geometry geometry) {
        return new Entry(gridId, sortOrder, PreparedGeometryFactory.prepare(geometry));
    }

    /** @return the grid id, or -1 when the point lies in no grid */
    public long locate(double lat, double lng) {
        Point point = GeoJson.point(lat, lng);
        long best = -1;
        int bestOrder = Integer.MAX_VALUE;
        List<?> hits = tree.query(new Envelope(lng, lng, lat, lat));
        for (Object hit : hits) {
            Entry entry = (Entry) hit;
            if (entry.shape().covers(point)
                    && (entry.sortOrder() < bestOrder || (entry.sortOrder() == bestOrder && entry.gridId() < best))) {
                best = entry.gridId();
                bestOrder = entry.sortOrder();
            }
        }
        return best;
    }

    public int size() {
        return size;
    }

    public static GridIndex empty() {
        return new GridIndex(new ArrayList<>());
    }
}
