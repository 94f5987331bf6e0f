package org.civicgrid.dashboard.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.civicgrid.dashboard.DashboardView;
import org.civicgrid.dashboard.Dashboards;
import org.civicgrid.dashboard.MonthlyReports;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    /** Generate a region's monthly report; {@code month} as {@code 2026-10}. */
    record GenerateReport(Long regionId, @NotNull YearMonth month) {}

    record ReportResponse(long id, long regionId, String regionName, YearMonth month, LocalDate periodTo,
            java.time.Instant generatedAt, String generatedBy, String xlsxUrl, String pdfUrl) {

        static ReportResponse of(MonthlyReports.ReportView r) {
            return new ReportResponse(r.id(), r.regionId(), r.regionName(), r.month(), r.periodTo(), r.generatedAt(),
                    r.generatedBy(), "/dashboard/reports/" + r.id() + ".xlsx", "/dashboard/reports/" + r.id() + ".pdf");
        }
    }

    private final Dashboards dashboards;
    private final MonthlyReports reports;

    DashboardApiController(Dashboards dashboards, MonthlyReports reports) {
        this.dashboards = dashboards;
        this.reports = reports;
    }

    @GetMapping("/reports")
    @Operation(summary = "The monthly reports of a region in the caller's scope (the caller's own by default)")
    List<ReportResponse> reports(@RequestParam(name = "region_id", required = false) Long regionId) {
        return reports.list(regionId).stream().map(ReportResponse::of).toList();
    }

    @PostMapping("/reports")
    @Operation(summary = "Generate (or generate again) a region's monthly report as Excel and PDF")
    ResponseEntity<ReportResponse> generate(@Valid @RequestBody GenerateReport body) {
        ReportResponse r = ReportResponse.of(reports.generate(body.regionId(), body.month()));
        return ResponseEntity.created(URI.create("/api/v1/dashboard/reports?region_id=" + r.regionId())).body(r);
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
