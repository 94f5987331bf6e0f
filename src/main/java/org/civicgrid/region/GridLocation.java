package org.civicgrid.region;

/** Where a point falls: its grid and the regions above it. */
public record GridLocation(long gridId, String gridName, String gridPath, long communityId, String communityName,
        String streetName, String districtName) {
}
