package org.civicgrid.rivers.internal;

import java.util.List;

import org.civicgrid.shared.geo.GeoJson;

/** The length of a patrol's track: the great-circle (haversine) distance between consecutive points. */
public final class RiverTrack {

    /** Points less precise than this (metres) are left out of the distance: a phone indoors jumps about. */
    static final double MAX_ACCURACY_M = 100;

    private RiverTrack() {}

    public static double lengthMetres(List<RiverPatrolPoint> ordered) {
        double total = 0;
        RiverPatrolPoint previous = null;
        for (RiverPatrolPoint p : ordered) {
            if (p.getAccuracyM() != null && p.getAccuracyM() > MAX_ACCURACY_M) {
                continue;
            }
            if (previous != null) {
                total += GeoJson.distanceMetres(previous.getLat(), previous.getLng(), p.getLat(), p.getLng());
            }
            previous = p;
        }
        return total;
    }
}
