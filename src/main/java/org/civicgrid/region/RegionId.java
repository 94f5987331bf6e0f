package org.civicgrid.region;

/** Identifies a region at any level. */
public record RegionId(long value) {

    public static RegionId of(long value) {
        return new RegionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
