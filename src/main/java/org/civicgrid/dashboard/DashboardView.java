package org.civicgrid.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.civicgrid.region.RegionRef;
import org.civicgrid.shared.dashboard.Panel;

/** One dashboard page: the region, where it sits, what lies below it, the period and the panels. */
public record DashboardView(RegionRef region, List<RegionRef> lineage, List<RegionRef> children, LocalDate from,
        LocalDate to, List<Panel> panels) {
}
