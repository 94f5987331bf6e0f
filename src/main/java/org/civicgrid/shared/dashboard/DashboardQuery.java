package org.civicgrid.shared.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.civicgrid.shared.time.TimeConfiguration;

/**
 * What a panel is asked for: a region (with its path, so figures stay inside it), its child regions
 * (for drill-down and the map), and a period of whole days in Asia/Shanghai, {@code from} and
 * {@code to} both included.
 */
public record DashboardQuery(long regionId, String regionPath, String regionName, String regionLevel,
        List<Child> children, LocalDate from, LocalDate to, Instant now, Locale locale) {

    /** A region one level down, for breakdowns by region. */
    public record Child(long id, String name, String path) {}

    public Instant fromInstant() {
        return from.atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant toInstantExclusive() {
        return to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }
}
