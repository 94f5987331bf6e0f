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
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 河长办 — the office board with drill-down, remediation projects, campaigns and the 4+1 rota. */
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
        view.figures().projectsByStage().forEach((stage, n) -> stageData.add(Map.of("name", stage.name(), "value", n)));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", stageData)));
        model.addAttribute("stageChartJson", RiverPageController.JSON.writeValueAsString(option));
        return "rivers/board";
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
}
