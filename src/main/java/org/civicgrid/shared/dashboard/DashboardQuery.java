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

    /** The pattern that keeps a query inside the region: {@code region_path like :scope}. */
    public String scopePattern() {
        return regionPath + "%";
    }

    /** Whether the page is in English (labels that come from data, such as type names, follow it). */
    public boolean english() {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The dashboard of a child region for the same period, opened at a panel: a drill-down link. */
    public String drillHref(Child child, String panelId) {
        return "/dashboard?region=" + child.id() + "&from=" + from + "&to=" + to + "#panel-" + panelId;
    }

    /** The first instant after the period. */
    public Instant toInstantExclusive() {
        return to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
    }
}
