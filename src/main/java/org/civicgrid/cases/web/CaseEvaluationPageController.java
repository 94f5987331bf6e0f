package org.civicgrid.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.cases.CaseEvaluation;
import org.civicgrid.cases.Evaluation;
import org.civicgrid.cases.EvaluationGrouping;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 综合评价 — the evaluation table: on-time closure rate, closure rate, rework rate, average handling time and
 * satisfaction, by region, department or category, for a chosen period, with its Excel export.
 */
@Controller
@RequestMapping("/cases/evaluation")
class CaseEvaluationPageController {

    private final CaseEvaluation evaluation;
    private final Regions regions;
    private final Clock clock;

    CaseEvaluationPageController(CaseEvaluation evaluation, Regions regions, Clock clock) {
        this.evaluation = evaluation;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping
    String table(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long region, @RequestParam(required = false) EvaluationGrouping by,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("region", region);
        model.addAttribute("by", by == null ? EvaluationGrouping.REGION : by);
        model.addAttribute("groupings", EvaluationGrouping.values());
        model.addAttribute("regions", choices(CurrentUsers.require()));
        try {
            model.addAttribute("evaluation", evaluation.evaluate(start, end, region, by));
        } catch (InvalidInputException e) {
            model.addAttribute("periodError", true);
        }
        return "cases/evaluation";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long region, @RequestParam(required = false) EvaluationGrouping by) {
        Evaluation e = evaluation.evaluate(from, to, region, by);
        return CaseWorkbooks.evaluation(e);
    }

    /** The viewer's own region first, then the districts, streets and communities inside it. */
    private List<RegionRef> choices(CurrentUser me) {
        List<RegionRef> options = new ArrayList<>();
        options.add(regions.get(new RegionId(me.regionId())));
        for (RegionRef r : regions.within(me.regionPath(), null)) {
            if (r.id() != me.regionId() && r.level().isAbove(RegionLevel.GRID)) {
                options.add(r);
            }
        }
        return options;
    }
}
