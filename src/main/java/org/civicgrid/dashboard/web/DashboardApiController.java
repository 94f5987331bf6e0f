package org.civicgrid.dashboard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.civicgrid.dashboard.DashboardView;
import org.civicgrid.dashboard.Dashboards;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboard")
class DashboardApiController {

    record RegionLink(long id, String name, String level) {}

    record DashboardResponse(long regionId, String regionName, String regionLevel, LocalDate from, LocalDate to,
            List<RegionLink> children, List<Panel> panels) {}

    private final Dashboards dashboards;

    DashboardApiController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping
    @Operation(summary = "The dashboard of a region in the caller's scope (the caller's own by default) for a period")
    DashboardResponse dashboard(@RequestParam(name = "region_id", required = false) Long regionId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        DashboardView view = dashboards.view(regionId, from, to, locale);
        return new DashboardResponse(view.region().id(), view.region().name(), view.region().level().name(), view.from(),
                view.to(), view.children().stream().map(c -> new RegionLink(c.id(), c.name(), c.level().name())).toList(),
                view.panels());
    }
}
