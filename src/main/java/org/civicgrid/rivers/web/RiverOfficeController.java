package org.civicgrid.rivers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.rivers.Funding;
import org.civicgrid.rivers.ProjectStage;
import org.civicgrid.rivers.ProjectType;
import org.civicgrid.rivers.RiverBoard;
import org.civicgrid.rivers.RiverProjectManagement;
import org.civicgrid.rivers.RiverProjectManagement.ProjectView;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 河长办 — the office board with drill-down, remediation projects, campaigns and the 4+1 rota; the board's regions
 * and the projects export to Excel.
 */
@Controller
@RequestMapping("/rivers")
class RiverOfficeController {

    private final RiverBoard board;
    private final RiverProjectManagement projects;
    private final MessageSource messages;

    RiverOfficeController(RiverBoard board, RiverProjectManagement projects, MessageSource messages) {
        this.board = board;
        this.projects = projects;
        this.messages = messages;
    }

    @GetMapping("/board")
    String board(@RequestParam(name = "region", required = false) Long regionId, Model model) {
        RiverBoard.View view = board.view(regionId);
        model.addAttribute("board", view);
        List<Object> stageData = new ArrayList<>();
        view.figures().projectsByStage()
                .forEach((stage, n) -> stageData.add(Map.of("name", label("rivers.stage." + stage.name()), "value", n)));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", stageData)));
        model.addAttribute("stageChartJson", RiverPageController.JSON.writeValueAsString(option));
        return "rivers/board";
    }

    /** The board's table by region, for the region the board shows (the viewer's own by default). */
    @GetMapping("/board/export")
    ResponseEntity<byte[]> exportBoard(@RequestParam(name = "region", required = false) Long regionId) {
        RiverBoard.View view = board.view(regionId);
        return ExcelExport.<RiverBoard.ChildLine>sheet("河长办 " + view.regionName())
                .column("区域 Region", RiverBoard.ChildLine::name)
                .column("河湖 Rivers", c -> c.figures().waterBodies())
                .column("河长 Chiefs", c -> c.figures().officialChiefs())
                .column("本年巡河 Patrols this year", c -> c.figures().patrolsThisYear())
                .column("未解决问题 Open problems", c -> c.figures().openProblems())
                .download("river-board-" + view.regionId(), view.children());
    }

    /** The projects the page lists, with its type filter. */
    @GetMapping("/projects/export")
    ResponseEntity<byte[]> exportProjects(@RequestParam(required = false) ProjectType type) {
        return ExcelExport.<ProjectView>sheet("整治项目")
                .column("项目 Project", ProjectView::name)
                .column("级别 Level", ProjectView::levelLabel)
                .column("建设性质 Kind", p -> p.buildKind() == null ? null : label("rivers.projects.kind." + p.buildKind()))
                .column("类型 Type", p -> label("rivers.project." + p.type()))
                .column("区域 Region", ProjectView::regionName)
                .column("计划年度 Year", ProjectView::planYear)
                .column("完成期限 Deadline", ProjectView::deadline)
                .column("逾期 Overdue", p -> p.overdue() ? label("rivers.projects.overdue") : "")
                .column("阶段 Stage", p -> label("rivers.stage." + p.stage()))
                .column("进度(%) Progress", ProjectView::progressPct)
                .column("资金 Funding", p -> label("rivers.funding." + p.funding()))
                .download("river-projects", projects.projects(type));
    }

    @GetMapping("/projects")
    String projects(@RequestParam(required = false) ProjectType type, Model model) {
        List<ProjectView> list = projects.projects(type);
        model.addAttribute("projects", list);
        model.addAttribute("type", type);
        model.addAttribute("types", ProjectType.values());
        model.addAttribute("attention", list.stream().filter(ProjectView::needsAttention).count());
        model.addAttribute("campaigns", projects.campaigns());
        model.addAttribute("rota", projects.rota());
        return "rivers/projects";
    }

    @GetMapping("/projects/{id:\\d+}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.project(id));
        model.addAttribute("stages", ProjectStage.values());
        model.addAttribute("fundings", Funding.values());
        return "rivers/project";
    }

    @PostMapping("/projects/{id:\\d+}")
    String progress(@PathVariable long id, @RequestParam ProjectStage stage,
            @RequestParam(name = "progress_pct", required = false) Integer progressPct,
            @RequestParam(required = false) Funding funding, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            projects.progress(id, stage, progressPct, funding, note);
            redirect.addFlashAttribute("flash", "rivers.flash.project");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, "rivers.refusal.", e));
        }
        return "redirect:/rivers/projects/" + id;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
