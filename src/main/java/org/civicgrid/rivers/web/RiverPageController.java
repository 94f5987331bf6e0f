package org.civicgrid.rivers.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.ProblemCategory;
import org.civicgrid.rivers.RiverCommands.ReportProblem;
import org.civicgrid.rivers.RiverManagement;
import org.civicgrid.rivers.RiverPatrolManagement;
import org.civicgrid.rivers.RiverViews.ComplianceRow;
import org.civicgrid.rivers.RiverViews.PatrolView;
import org.civicgrid.rivers.RiverViews.WaterBodySummary;
import org.civicgrid.rivers.WaterClass;
import org.civicgrid.rivers.WaterQualityManagement;
import org.civicgrid.rivers.WaterQualityManagement.SampleView;
import org.civicgrid.rivers.WaterQualityManagement.SectionDetail;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 河长制 pages: rivers and their map, a river's file, a chief, patrols on a phone, sections, duty compliance; the
 * rivers, a chief's patrols and the compliance table export to Excel.
 */
@Controller
@RequestMapping("/rivers")
class RiverPageController {

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** A problem found on a patrol, as the phone page's form sends it. */
    record ProblemForm(@NotNull ProblemCategory category, @NotBlank @Size(max = 2000) String description,
            BigDecimal areaM2, Double lat, Double lng, @Size(max = 300) String address) {}

    private final RiverManagement rivers;
    private final RiverPatrolManagement patrols;
    private final WaterQualityManagement quality;
    private final MessageSource messages;

    RiverPageController(RiverManagement rivers, RiverPatrolManagement patrols, WaterQualityManagement quality,
            MessageSource messages) {
        this.rivers = rivers;
        this.patrols = patrols;
        this.quality = quality;
        this.messages = messages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", rivers.waterBodies(PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("mine", rivers.myChiefRecords());
        return "rivers/list";
    }

    /** Every water body the list shows across its pages (the viewer's region), as the table's columns. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return ExcelExport.<WaterBodySummary>sheet("河湖名录")
                .column("编码 Code", WaterBodySummary::code)
                .column("名称 Name", WaterBodySummary::name)
                .column("类型 Type", r -> label("rivers.type." + r.type()))
                .column("长度(km) Length", WaterBodySummary::lengthKm)
                .column("面积(km²) Area", WaterBodySummary::areaKm2)
                .column("流域 Basin", WaterBodySummary::basin)
                .column("河段 Segments", WaterBodySummary::segmentCount)
                .column("未解决问题 Open problems", WaterBodySummary::openProblems)
                .column("水质 Class", r -> r.latestClass() == null ? null : label("rivers.class." + r.latestClass()))
                .download("rivers", ExcelExport.allPages(rivers::waterBodies));
    }

    @GetMapping(value = "/map.geojson", produces = "application/geo+json")
    @ResponseBody
    String map() {
        return rivers.segmentMap();
    }

    @GetMapping(value = "/sections.geojson", produces = "application/geo+json")
    @ResponseBody
    String sectionMap() {
        return quality.sectionMap();
    }

    @GetMapping("/{id:\\d+}")
    String river(@PathVariable long id, Model model) {
        var river = rivers.waterBody(id);
        model.addAttribute("river", river);
        model.addAttribute("geojson", featureCollection(river.segments().stream()
                .filter(s -> s.geometry() != null).map(s -> s.geometry()).toList()));
        return "rivers/river";
    }

    @GetMapping("/chiefs/{id:\\d+}")
    String chief(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var chief = rivers.chief(id);
        model.addAttribute("chief", chief);
        model.addAttribute("patrols", patrols.patrolsOfChief(id, PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("problems", chief.segments().isEmpty() ? List.of()
                : chief.segments().stream().flatMap(s -> rivers.waterBody(s.waterBodyId()).openProblems().stream()
                        .filter(p -> p.segmentId() == s.id())).toList());
        return "rivers/chief";
    }

    /** Every patrol of the chief, newest first, as the chief's page lists them across its pages. */
    @GetMapping("/chiefs/{id:\\d+}/patrols/export")
    ResponseEntity<byte[]> exportPatrols(@PathVariable long id) {
        var chief = rivers.chief(id);
        return ExcelExport.<PatrolView>sheet("巡河记录 " + chief.name())
                .column("开始时间 Started", PatrolView::startedAt)
                .column("河段 Segment", p -> p.waterBodyName() + " · " + p.segmentName())
                .column("时长(分钟) Minutes", PatrolView::durationMinutes)
                .column("里程(km) km", PatrolView::distanceKm)
                .column("状态 Status", p -> label("rivers.patrol.status." + p.status()))
                .column("补录 Entered afterwards", p -> p.enteredAfterwards() ? label("rivers.patrol.entered") : "")
                .download("river-chief-" + id + "-patrols", ExcelExport.allPages(p -> patrols.patrolsOfChief(id, p)));
    }

    @GetMapping("/sections/{id:\\d+}")
    String section(@PathVariable long id, Model model) {
        SectionDetail detail = quality.section(id);
        model.addAttribute("detail", detail);
        model.addAttribute("chartJson", JSON.writeValueAsString(trendChart(detail.samples())));
        return "rivers/section";
    }

    // ---- patrols on a phone ----

    @PostMapping("/patrols")
    String start(@RequestParam("segment_id") long segmentId, RedirectAttributes redirect) {
        try {
            PatrolView p = patrols.start(segmentId);
            return "redirect:/rivers/patrols/" + p.id();
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, "rivers.refusal.", e));
            return "redirect:/rivers";
        }
    }

    @GetMapping("/patrols/{id:\\d+}")
    String patrol(@PathVariable long id, Model model) {
        PatrolView p = patrols.patrol(id);
        model.addAttribute("patrol", p);
        if (!model.containsAttribute("problemForm")) {
            model.addAttribute("problemForm", new ProblemForm(null, null, null, null, null, null));
        }
        model.addAttribute("categories", List.of(ProblemCategory.values()).stream()
                .filter(c -> c != ProblemCategory.WATER_QUALITY_DROP).toList());
        List<Map<String, Object>> track = new ArrayList<>();
        patrols.track(id).forEach(t -> track.add(Map.of("lat", t.lat(), "lng", t.lng())));
        model.addAttribute("trackGeojson", trackGeojson(track));
        return "rivers/patrol";
    }

    @PostMapping("/patrols/{id:\\d+}/end")
    String end(@PathVariable long id, RedirectAttributes redirect) {
        PageSteps.attempt(redirect, "rivers.flash.ended", () -> patrols.end(id), messages, "rivers.refusal.");
        return "redirect:/rivers/patrols/" + id;
    }

    @PostMapping("/patrols/{id:\\d+}/notes")
    String note(@PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
        try {
            patrols.note(id, text);
            redirect.addFlashAttribute("flash", "rivers.flash.noted");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, "rivers.refusal.", e));
        }
        return "redirect:/rivers/patrols/" + id;
    }

    @PostMapping("/patrols/{id:\\d+}/photos")
    String photo(@PathVariable long id, @RequestParam("photo") MultipartFile photo,
            @RequestParam(required = false) String caption, RedirectAttributes redirect) {
        try {
            patrols.photo(id, photo, caption);
            redirect.addFlashAttribute("flash", "rivers.flash.photo");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, "rivers.refusal.", e));
        }
        return "redirect:/rivers/patrols/" + id;
    }

    @PostMapping("/patrols/{id:\\d+}/problems")
    String problem(@PathVariable long id, @Valid @ModelAttribute("problemForm") ProblemForm form, BindingResult result,
            RedirectAttributes redirect) {
        PatrolView p = patrols.patrol(id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("rivers.problem.invalid", null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "redirect:/rivers/patrols/" + id;
        }
        try {
            rivers.reportProblem(new ReportProblem(p.segmentId(), id, form.category(), form.description(), form.areaM2(),
                    form.lat(), form.lng(), form.address(), null));
            redirect.addFlashAttribute("flash", "rivers.flash.problem");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.detail());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, "rivers.refusal.", e));
        }
        return "redirect:/rivers/patrols/" + id;
    }

    /** 补录 — a patrol entered afterwards from the chief's page (the chief, or an official over them). */
    @PostMapping("/chiefs/{id:\\d+}/patrols")
    String enter(@PathVariable long id, @RequestParam("segment_id") long segmentId,
            @RequestParam("started_at") @org.springframework.format.annotation.DateTimeFormat(iso =
                    org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime startedAt,
            @RequestParam("ended_at") @org.springframework.format.annotation.DateTimeFormat(iso =
                    org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime endedAt,
            @RequestParam(name = "distance_km", required = false) Double distanceKm,
            @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        java.time.ZoneId zone = org.civicgrid.shared.time.TimeConfiguration.ZONE;
        try {
            patrols.enterAfterwards(new org.civicgrid.rivers.RiverCommands.EnterPatrol(id, segmentId,
                    startedAt.atZone(zone).toInstant(), endedAt.atZone(zone).toInstant(), distanceKm, notes));
            redirect.addFlashAttribute("flash", "rivers.flash.entered");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.errors().get(0).field() + ": " + e.detail());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, "rivers.refusal.", e));
        }
        return "redirect:/rivers/chiefs/" + id;
    }

    // ---- duty compliance ----

    @GetMapping("/compliance")
    String compliance(@RequestParam(name = "region", required = false) Long regionId,
            @RequestParam(required = false) ChiefLevel level, Model model) {
        List<ComplianceRow> rows = patrols.compliance(regionId, level == null ? null : List.of(level));
        model.addAttribute("rows", rows);
        model.addAttribute("behind", rows.stream().filter(ComplianceRow::behind).count());
        model.addAttribute("level", level);
        model.addAttribute("region", regionId);
        model.addAttribute("levels", List.of(ChiefLevel.CITY, ChiefLevel.COUNTY, ChiefLevel.TOWNSHIP, ChiefLevel.VILLAGE));
        return "rivers/compliance";
    }

    @GetMapping("/compliance.xlsx")
    ResponseEntity<byte[]> complianceExport(@RequestParam(name = "region", required = false) Long regionId,
            @RequestParam(required = false) ChiefLevel level) {
        List<ComplianceRow> rows = patrols.compliance(regionId, level == null ? null : List.of(level));
        return ExcelExport.<ComplianceRow>sheet("巡河履职")
                .column("河长 Chief", ComplianceRow::name)
                .column("层级 Level", r -> r.level().name())
                .column("职务 Position", ComplianceRow::position)
                .column("区域 Region", ComplianceRow::regionName)
                .column("频次 Every", ComplianceRow::every)
                .column("最近巡河 Last patrol", r -> r.lastPatrol() == null ? "" : r.lastPatrol().toString())
                .column("应巡日期 Due", r -> r.dueOn().toString())
                .column("滞后天数 Days behind", ComplianceRow::daysBehind)
                .download("river-patrol-compliance", rows);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    static Map<String, Object> trendChart(List<SampleView> samples) {
        List<String> x = new ArrayList<>();
        List<Object> y = new ArrayList<>();
        for (SampleView s : samples) {
            x.add(s.sampledAt().atZone(org.civicgrid.shared.time.TimeConfiguration.ZONE).toLocalDate().toString());
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("value", s.waterClass().ordinal() + 1);
            point.put("itemStyle", Map.of("color", s.waterClass().color()));
            y.add(point);
        }
        List<String> names = List.of("I", "II", "III", "IV", "V", "劣V");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", x));
        option.put("yAxis", Map.of("type", "value", "min", 1, "max", 6, "inverse", true, "interval", 1,
                "axisLabel", Map.of("formatter", "{value}"), "name", String.join(" ", names)));
        option.put("series", List.of(Map.of("type", "line", "step", "middle", "data", y)));
        return option;
    }

    static String featureCollection(List<String> geometries) {
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < geometries.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"type\":\"Feature\",\"geometry\":").append(geometries.get(i)).append(",\"properties\":{}}");
        }
        return b.append("]}").toString();
    }

    static String trackGeojson(List<Map<String, Object>> points) {
        if (points.size() < 2) {
            return "{\"type\":\"FeatureCollection\",\"features\":[]}";
        }
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('[').append(points.get(i).get("lng")).append(',').append(points.get(i).get("lat")).append(']');
        }
        return b.append("]},\"properties\":{\"color\":\"#1565c0\"}}]}").toString();
    }

    static String json(WaterClass c) {
        return c == null ? "" : c.name();
    }
}
