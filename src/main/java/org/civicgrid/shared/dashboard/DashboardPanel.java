package org.civicgrid.shared.dashboard;

import java.util.Set;

/**
 * A module's contribution to the 数据驾驶舱 (dashboard): figures, charts and tables for one region and
 * period, read from the module's own incrementally maintained aggregates — never a scan of every
 * record, because the city view must answer quickly with ten million cases. The dashboard asks every
 * panel the viewer may see; the panel never depends on the dashboard.
 */
public interface DashboardPanel {

    /** Stable id, e.g. {@code cases}, also the anchor on the page. */
    String id();

    /** Position on the page, lower first. */
    int order();

    /** Role names that see this panel; empty means every official and community worker. */
    default Set<String> roles() {
        return Set.of();
    }

    Panel build(DashboardQuery query);
}
