package org.civicgrid.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseFilter;
import org.civicgrid.cases.CaseId;
import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseSummary;
import org.civicgrid.cases.CaseTransition;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.cases.CaseView;
import org.civicgrid.cases.DepartmentView;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
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

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 案件队列 — the queue (a desktop table for community workers and officials, cards for a grid worker's own
 * grid) with its Excel export, and one case's page: timeline, map, the steps the viewer may take now, merging
 * a duplicate and the reporter's rating.
 */
@Controller
@RequestMapping("/cases")
class CaseQueuePageController {

    /** The queue's filters, as the query string carries them. */
    record QueueFilter(CaseStatus status, String category, Long grid, Boolean overdue, CaseSource source, String q) {

        CaseFilter toFilter(Boolean open) {
            return new CaseFilter(status, blank(category), grid, overdue, source, null, status == null ? open : null,
                    blank(q), null, null);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    /** One step on the case; photos come as files beside it. */
    record StepForm(CaseAction action, @Size(max = 2000) String comment, Long departmentId) {}

    record RatingForm(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 500) String comment) {}

    record MergeForm(@NotNull Long keptCaseId, @Size(max = 2000) String comment) {}

    static final int PAGE_SIZE = 20;
    static final int EXPORT_LIMIT = 10_000;

    /** The order the step forms appear in; SEND_BACK shares the VERIFY form (pass / send back). */
    static final List<CaseAction> ORDER = List.of(CaseAction.REGISTER, CaseAction.DISPATCH, CaseAction.HANDLE,
            CaseAction.VERIFY, CaseAction.SEND_BACK, CaseAction.CLOSE, CaseAction.REJECT, CaseAction.SUPERVISE,
            CaseAction.REOPEN);

    private final CaseManagement management;
    private final CaseCatalogue catalogue;
    private final Regions regions;
    private final MessageSource messages;

    CaseQueuePageController(CaseManagement management, CaseCatalogue catalogue, Regions regions,
            MessageSource messages) {
        this.management = management;
        this.catalogue = catalogue;
        this.regions = regions;
        this.messages = messages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String queue(@ModelAttribute("filter") QueueFilter filter, @RequestParam(defaultValue = "0") int page,
            Model model) {
        CurrentUser me = CurrentUsers.require();
        boolean gridWorker = !me.isStaff() && me.has(Role.GRID_WORKER);
        if (!me.isStaff() && !gridWorker) {
            return "redirect:/cases/mine";
        }
        Page<CaseSummary> cases = management.queue(filter.toFilter(gridWorker ? Boolean.TRUE : null),
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("page", cases);
        model.addAttribute("statuses", CaseStatus.values());
        if (gridWorker) {
            model.addAttribute("gridName", regions.get(new RegionId(me.regionId())).name());
            return "cases/grid";
        }
        model.addAttribute("categories", catalogue.fileable());
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("grids", regions.within(me.regionPath(), RegionLevel.GRID));
        return "cases/queue";
    }

    /**
     * What the queue shows, every page of it: the staff's table with its filters, or a grid worker's cards (their
     * grid's open cases unless a status is chosen) with the cards' fields.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") QueueFilter filter) {
        CurrentUser me = CurrentUsers.require();
        boolean gridWorker = !me.isStaff() && me.has(Role.GRID_WORKER);
        if (!me.isStaff() && !gridWorker) {
            throw new ForbiddenException("Only staff and grid workers export the case queue");
        }
        List<CaseSummary> rows = new ArrayList<>();
        CaseFilter criteria = filter.toFilter(gridWorker ? Boolean.TRUE : null);
        for (int p = 0; rows.size() < EXPORT_LIMIT; p++) {
            Page<CaseSummary> chunk = management.queue(criteria, PageRequest.of(p, 200));
            rows.addAll(chunk.getContent());
            if (!chunk.hasNext()) {
                break;
            }
        }
        if (gridWorker) {
            return ExcelExport.<CaseSummary>sheet("网格案件")
                    .column("编号 No.", CaseSummary::id)
                    .column("类别 Category", CaseSummary::categoryName)
                    .column("状态 Status", c -> label("cases.status.", c.status()))
                    .column("超期 Overdue", c -> c.overdue() ? "是 yes" : "")
                    .column("描述 Description", CaseSummary::description)
                    .column("地址 Address", CaseSummary::address)
                    .column("期限 Deadline", CaseSummary::deadline)
                    .download("grid-cases", rows);
        }
        return ExcelExport.<CaseSummary>sheet("案件")
                .column("编号 No.", CaseSummary::id)
                .column("类别 Category", CaseSummary::categoryName)
                .column("描述 Description", CaseSummary::description)
                .column("状态 Status", c -> label("cases.status.", c.status()))
                .column("紧急程度 Urgency", c -> label("cases.urgency.", c.urgency()))
                .column("来源 Source", c -> label("cases.source.", c.source()))
                .column("地址 Address", CaseSummary::address)
                .column("上报时间 Reported", CaseSummary::reportedAt)
                .column("期限 Deadline", CaseSummary::deadline)
                .column("超期 Overdue", c -> c.overdue() ? "是 yes" : "")
                .column("处置部门 Department", CaseSummary::departmentName)
                .column("督办次数 Supervisions", CaseSummary::supervisionCount)
                .download("cases", rows);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CaseView c = management.get(new CaseId(id));
        model.addAttribute("stepForm", new StepForm(null, null, c.routedDepartmentId()));
        model.addAttribute("ratingForm", new RatingForm(null, null));
        model.addAttribute("mergeForm", new MergeForm(c.duplicateOfId(), null));
        return detail(c, null, model);
    }

    @PostMapping("/{id}/steps")
    String step(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult result,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            RedirectAttributes redirect) {
        if (form.action() == null) {
            result.rejectValue("action", "required", "choose a step");
        }
        if (!result.hasErrors()) {
            try {
                List<String> stored = CasePageSupport.store(management, photos);
                management.transition(new CaseId(id),
                        new CaseTransition(form.action(), form.comment(), stored, form.departmentId()));
                redirect.addFlashAttribute("flash", "cases.step.done." + form.action());
                return "redirect:/cases/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (DomainException e) {
                redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, CasePageSupport.REFUSAL_PREFIX, e));
                return "redirect:/cases/" + id;
            }
        }
        CaseView c = management.get(new CaseId(id));
        model.addAttribute("ratingForm", new RatingForm(null, null));
        model.addAttribute("mergeForm", new MergeForm(c.duplicateOfId(), null));
        model.addAttribute("stepErrors", errorsByField(result));
        return detail(c, form.action() == CaseAction.SEND_BACK || form.action() == null ? CaseAction.VERIFY
                : form.action(), model);
    }

    @PostMapping("/{id}/rating")
    String rate(@PathVariable long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.rate(new CaseId(id), form.rating(), form.comment());
                redirect.addFlashAttribute("flash", "cases.rated");
                return "redirect:/cases/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (DomainException e) {
                redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, CasePageSupport.REFUSAL_PREFIX, e));
                return "redirect:/cases/" + id;
            }
        }
        CaseView c = management.get(new CaseId(id));
        model.addAttribute("stepForm", new StepForm(null, null, c.routedDepartmentId()));
        model.addAttribute("mergeForm", new MergeForm(c.duplicateOfId(), null));
        return detail(c, null, model);
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.merge(new CaseId(id), new CaseId(form.keptCaseId()), form.comment());
                redirect.addFlashAttribute("flash", "cases.merged");
                return "redirect:/cases/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (NotFoundException e) {
                result.rejectValue("keptCaseId", "notFound", e.detail());
            } catch (DomainException e) {
                redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, CasePageSupport.REFUSAL_PREFIX, e));
                return "redirect:/cases/" + id;
            }
        }
        CaseView c = management.get(new CaseId(id));
        model.addAttribute("stepForm", new StepForm(null, null, c.routedDepartmentId()));
        model.addAttribute("ratingForm", new RatingForm(null, null));
        return detail(c, null, model);
    }

    @GetMapping(value = "/{id}/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(@PathVariable long id) {
        CaseView c = management.get(new CaseId(id));
        return CasePageSupport.one(c, label("cases.status.", c.status()));
    }

    private String detail(CaseView c, CaseAction failed, Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("c", c);
        model.addAttribute("failed", failed);
        model.asMap().putIfAbsent("stepErrors", Map.of());
        List<CaseAction> actions = ORDER.stream().filter(c.allowedActions()::contains)
                .filter(a -> a != CaseAction.SEND_BACK || !c.allowedActions().contains(CaseAction.VERIFY)).toList();
        model.addAttribute("actions", actions);
        model.addAttribute("departments", c.allowedActions().contains(CaseAction.DISPATCH)
                ? catalogue.departments().stream().filter(DepartmentView::active).toList() : List.of());
        model.addAttribute("worker", me.isStaff() || me.has(Role.GRID_WORKER));
        model.addAttribute("urgencies", CaseUrgency.values());
        return "cases/detail";
    }

    /** The step form's errors in the reader's words, by field ("" for the form as a whole). */
    private Map<String, List<String>> errorsByField(BindingResult result) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (ObjectError e : result.getAllErrors()) {
            String field = e instanceof FieldError f ? f.getField() : "";
            out.computeIfAbsent(field, k -> new ArrayList<>()).add(messages.getMessage(e, locale));
        }
        return out;
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? null
                : messages.getMessage(prefix + value.name(), null, value.name(), LocaleContextHolder.getLocale());
    }
}
