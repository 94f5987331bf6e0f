package org.civicgrid.enforcement.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.enforcement.EnforcementCatalogue;
import org.civicgrid.enforcement.EnforcementStatistics;
import org.civicgrid.enforcement.HotSpots;
import org.civicgrid.enforcement.TypeTotal;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 违法热点 — violations by road and type over time (ECharts) and on a map (Leaflet), inside the viewer's region;
 * the table by road and type exports to Excel.
 */
@Controller
@RequestMapping("/enforcement/hotspots")
class HotSpotController {

    private final EnforcementStatistics statistics;
    private final EnforcementCatalogue catalogue;

    HotSpotController(EnforcementStatistics statistics, EnforcementCatalogue catalogue) {
        this.statistics = statistics;
        this.catalogue = catalogue;
    }

    /** The page's filters; null means any. */
    record Filter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String type) {

        HotSpots.Criteria criteria() {
            return new HotSpots.Criteria(from, to, type);
        }
    }

    @GetMapping
    String page(Filter filter, Model model) {
        model.addAttribute("spots", statistics.hotSpots(filter.criteria()));
        model.addAttribute("types", catalogue.violationTypes(true));
        model.addAttribute("from", filter.from());
        model.addAttribute("to", filter.to());
        model.addAttribute("type", filter.type());
        return "enforcement/hotspots";
    }

    /** The table by road and type as the page shows it (same filters, same region), one column per type shown. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(Filter filter) {
        HotSpots spots = statistics.hotSpots(filter.criteria());
        ExcelExport<HotSpots.Place> sheet = ExcelExport.<HotSpots.Place>sheet("违法热点")
                .column("路段 Road", HotSpots.Place::name)
                .column("未分路段 Across roads", p -> p.acrossRoads() ? "是 yes" : "");
        for (TypeTotal type : spots.totals()) {
            sheet.column(type.nameZh() + " " + type.nameEn(), p -> p.byType().get(type.code()));
        }
        return sheet.column("合计 Total", HotSpots.Place::total).download("enforcement-hotspots", spots.places());
    }

    @GetMapping(value = "/months.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> months(Filter filter, Locale locale) {
        return EnforcementMaps.monthChart(statistics.hotSpots(filter.criteria()), catalogue.violationTypes(true),
                english(locale));
    }

    @GetMapping(value = "/places.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> places(Filter filter) {
        return EnforcementMaps.placeChart(statistics.hotSpots(filter.criteria()), 15);
    }

    @GetMapping(value = "/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(Filter filter, Locale locale) {
        return EnforcementMaps.hotSpots(statistics.hotSpots(filter.criteria()), catalogue.violationTypes(true),
                english(locale));
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
