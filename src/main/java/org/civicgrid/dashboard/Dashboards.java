package org.civicgrid.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.time.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Builds a dashboard for a region inside the viewer's scope from every panel the viewer may see. */
@Service
public class Dashboards {

    private static final Logger log = LoggerFactory.getLogger(Dashboards.class);

    private final List<DashboardPanel> panels;
    private final Regions regions;
    private final Clock clock;
    /** Times each panel's build ({@code civicgrid.dashboard.panel}, tagged by panel), where metrics are on. */
    private final io.micrometer.core.instrument.MeterRegistry meters;

    Dashboards(List<DashboardPanel> panels, Regions regions, Clock clock,
            org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
        this.meters = meters.getIfAvailable();
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * @param regionId the region to show; null for the viewer's own
     * @throws NotFoundException when the region lies outside the viewer's scope
     */
    public DashboardView view(Long regionId, LocalDate from, LocalDate to, Locale locale) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("The dashboard is for officials and community workers");
        }
        RegionRef region = regions.find(new RegionId(regionId == null ? me.regionId() : regionId))
                .filter(r -> me.canSee(r.path()))
                .orElseThrow(() -> new NotFoundException("Region", regionId));
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        LocalDate start = from == null ? today.withDayOfMonth(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "the end of the period is before its start");
        }
        if (start.isBefore(end.minusYears(5))) {
            throw new InvalidInputException("from", "a period is at most five years");
        }
        Set<String> roles = me.roles().stream().map(Role::name).collect(Collectors.toSet());
        DashboardView view = build(region, start, end, locale, roles);
        List<RegionRef> lineage = regions.lineage(region.regionId()).stream().filter(r -> me.canSee(r.path())).toList();
        return new DashboardView(region, lineage, view.children(), start, end, view.panels());
    }

    /**
     * The dashboard of a region with no viewer to check (the monthly report job): every panel, or only those
     * the given roles may see.
     *
     * @param roles role names of the viewer; null for every panel
     */
    DashboardView build(RegionRef region, LocalDate start, LocalDate end, Locale locale, Set<String> roles) {
        List<RegionRef> children = regions.children(region.regionId()).stream()
                .filter(c -> c.level() != RegionLevel.COMPOUND).toList();
        DashboardQuery query = new DashboardQuery(region.id(), region.path(), region.name(), region.level().name(),
                children.stream().map(c -> new DashboardQuery.Child(c.id(), c.name(), c.path())).toList(), start, end,
                clock.instant(), locale);
        List<Panel> built = new ArrayList<>();
        for (DashboardPanel panel : panels) {
            if (roles != null && !panel.roles().isEmpty() && panel.roles().stream().noneMatch(roles::contains)) {
                continue;
            }
            long began = System.nanoTime();
            try {
                built.add(panel.build(query));
                if (meters != null) {
                    meters.timer("civicgrid.dashboard.panel", "panel", panel.id())
                            .record(System.nanoTime() - began, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            } catch (RuntimeException e) {
                log.error("Dashboard panel {} failed for region {}", panel.id(), region.id(), e);
            }
        }
        return new DashboardView(region, regions.lineage(region.regionId()), children, start, end, built);
    }
}
