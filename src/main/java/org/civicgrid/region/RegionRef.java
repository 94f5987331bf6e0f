package org.civicgrid.region;

/**
 * A region as other modules see it.
 *
 * @param path materialised path of ids from the root, e.g. {@code /1/7/23/}; a region is inside
 *             another when its path starts with the other's
 */
public record RegionRef(long id, Long parentId, RegionLevel level, String code, String name, String path,
        Double lat, Double lng, Figures figures) {

    /** Seed figures a community publishes (all optional). */
    public record Figures(Integer compounds, Integer households, Integer residents, Integer partyMembers,
            Integer residentUnits) {

        public static final Figures NONE = new Figures(null, null, null, null, null);
    }

    public RegionId regionId() {
        return new RegionId(id);
    }

    public boolean isWithin(RegionRef other) {
        return path.startsWith(other.path());
    }
}
