package org.civicgrid.enforcement;

/**
 * 路段 — a road where operations take place.
 *
 * @param geometry GeoJSON geometry (a LineString or a Point, approximate), or null
 */
public record RoadView(long id, String name, long regionId, String regionPath, String regionName, Double lat,
        Double lng, String geometry) {
}
