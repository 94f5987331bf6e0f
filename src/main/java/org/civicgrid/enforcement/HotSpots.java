package org.civicgrid.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * 违法热点 — violations by place and type, and by month, inside the caller's region.
 *
 * @param places a road, or for lines recorded across several roads the operation's roads together
 * @param months totals per month and type code, oldest first, with no gaps
 */
public record HotSpots(Criteria criteria, List<Place> places, List<Month> months, List<TypeTotal> totals,
        long total) {

    /** Filters; null means any. */
    public record Criteria(LocalDate from, LocalDate to, String violationType) {}

    /**
     * @param roadIds     one road, or several when the counts were recorded across them
     * @param acrossRoads true when the counts were not split by road
     * @param geometries  the roads' GeoJSON geometries (some roads may have none)
     */
    public record Place(List<Long> roadIds, String name, boolean acrossRoads, long total, Map<String, Long> byType,
            List<String> geometries, Double lat, Double lng) {}

    public record Month(YearMonth month, Map<String, Long> byType, long total) {}
}
