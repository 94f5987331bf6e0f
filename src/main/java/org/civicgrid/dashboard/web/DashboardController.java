package org.civicgrid.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.civicgrid.dashboard.DashboardView;
import org.civicgrid.dashboard.Dashboards;
import org.civicgrid.dashboard.MonthlyReports;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/** 数据驾驶舱 — the dashboard page, its drill-down map and its Excel export. */
@Controller
class DashboardController {

    private static final String[] SCALE = {"#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177"};

    private final Dashboards dashboards;
    private final MonthlyReports reports;
    private final Regions regions;
    private final MessageSource messages;
    private final JsonMapper json;
    private final java.time.Clock clock;

    DashboardController(Dashboards dashboards, MonthlyReports reports, Regions regions, MessageSource messages,
            JsonMapper json, java.time.Clock clock) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.regions = regions;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @Bean
    static NavItem dashboardNav() {
        return new NavItem("city", "nav.dashboard", "/dashboard", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER"), 0);
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Long region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, Model model) {
        DashboardView view = dashboards.view(region, from, to, locale);
        model.addAttribute("view", view);
        model.addAttribute("chartJson", chartJson(view));
        model.addAttribute("mapPanel", view.panels().stream().filter(p -> !p.regionValues().isEmpty()).findFirst()
                .orElse(null));
        LocalDate today = LocalDate.now(clock.withZone(org.civicgrid.shared.time.TimeConfiguration.ZONE));
        model.addAttribute("periods", periods(today));
        model.addAttribute("reports", reports.list(view.region().id()));
        model.addAttribute("reportMonth", YearMonth.from(today).minusMonths(1));
        model.addAttribute("thisMonth", YearMonth.from(today));
        return "dashboard/index";
    }

    /** The child regions of the dashboard's region, coloured by the first panel that offers a value per region. */
    @GetMapping(value = "/dashboard/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(@RequestParam(required = false) Long region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        DashboardView view = dashboards.view(region, from, to, locale);
        Panel panel = view.panels().stream().filter(p -> !p.regionValues().isEmpty()).findFirst().orElse(null);
        double max = panel == null ? 0 : panel.regionValues().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        String label = panel == null ? "" : messages.getMessage(panel.regionValuesLabelKey(), null, panel.regionValuesLabelKey(), locale);
        List<Object> features = new ArrayList<>();
        for (RegionRef child : view.children()) {
            Double value = panel == null ? null : panel.regionValues().get(child.id());
            String color = value == null || max <= 0 ? "#c9d1d9"
                    : SCALE[(int) Math.min(SCALE.length - 1, Math.floor(value / max * (SCALE.length - 1)))];
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", child.name());
            props.put("label", child.name() + (value == null ? "" : " · " + format(value)));
            props.put("detail", value == null ? "" : label + "：" + format(value));
            props.put("href", "/dashboard?region=" + child.id() + "&from=" + view.from() + "&to=" + view.to());
            props.put("color", color);
            props.put("fillOpacity", 0.55);
            var boundary = regions.boundary(child.regionId());
            if (boundary.isPresent()) {
                features.add(Map.of("type", "Feature", "geometry", json.readTree(boundary.get()), "properties", props));
            } else if (child.lat() != null) {
                props.put("radius", 9);
                features.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
                        List.of(child.lng(), child.lat())), "properties", props));
            }
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    @GetMapping("/dashboard/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        DashboardView view = dashboards.view(region, from, to, locale);
        return DashboardWorkbook.download(view, messages, locale);
    }

    /** 生成月度报告 — writes (or rewrites) a region's report for a month, then shows it in the list. */
    @PostMapping("/dashboard/reports")
    String generateReport(@RequestParam(required = false) Long region,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            RedirectAttributes redirect) {
        PageSteps.attempt(redirect, "dashboard.report.generated", () -> reports.generate(region, month), messages,
                "dashboard.report.refused.");
        return "redirect:/dashboard" + (region == null ? "" : "?region=" + region) + "#reports";
    }

    /** A past report's workbook or PDF, for a viewer whose region contains it. */
    @GetMapping("/dashboard/reports/{id}.{format:xlsx|pdf}")
    ResponseEntity<Resource> reportFile(@PathVariable long id, @PathVariable String format) {
        MonthlyReports.ReportFile file = reports.file(id, format);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType("pdf".equals(format) ? MediaType.APPLICATION_PDF : ExcelExport.XLSX)
                .body(new FileSystemResource(file.path()));
    }

    /** Quick choices of period: this month, this quarter, this year, the last twelve months. */
    static Map<String, LocalDate[]> periods(LocalDate today) {
        Map<String, LocalDate[]> out = new LinkedHashMap<>();
        out.put("dashboard.period.month", new LocalDate[] {today.withDayOfMonth(1), today});
        LocalDate quarter = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        out.put("dashboard.period.quarter", new LocalDate[] {quarter, today});
        out.put("dashboard.period.year", new LocalDate[] {today.withDayOfYear(1), today});
        out.put("dashboard.period.twelveMonths", new LocalDate[] {today.minusMonths(12).plusDays(1), today});
        return out;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private Map<String, String> chartJson(DashboardView view) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Panel panel : view.panels()) {
            for (Panel.Chart chart : panel.charts()) {
                // "<" escaped so that no text inside the JSON can close the <script> block it sits in
                out.put(chart.id(), json.writeValueAsString(chart.option()).replace("<", "\\u003c"));
            }
        }
        return out;
    }
}
