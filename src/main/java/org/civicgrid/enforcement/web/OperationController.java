package org.civicgrid.enforcement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.EnforcementCatalogue;
import org.civicgrid.enforcement.EnforcementManagement;
import org.civicgrid.enforcement.EnforcementManagement.OperationCriteria;
import org.civicgrid.enforcement.OperationDetail;
import org.civicgrid.enforcement.OperationSummary;
import org.civicgrid.enforcement.RecordOperation;
import org.civicgrid.enforcement.TallyLineView;
import org.civicgrid.enforcement.ViolationTypeView;
import org.civicgrid.enforcement.internal.EnforcementPolicy;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 联合执法 — the operation list with its Excel export (officials), recording an operation and its tallies
 * on a phone or a desktop (officers), and one operation's page with its lines (also as Excel), follow-up and map.
 */
@Controller
@RequestMapping("/enforcement")
class OperationController {

    /** One row of the tally table: a blank count means "not recorded". */
    record TallyForm(String violationType, Long roadId, Integer count, EnforcementAction action,
            @Size(max = 500) String note) {}

    record OperationForm(@NotBlank @Size(max = 100) String number,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Long regionId, List<Long> roadIds,
            @Size(max = 2000) String departments, @Size(max = 64) String leadOfficer, @Size(max = 2000) String notes,
            @Valid List<TallyForm> tallies) {}

    static final int EXPORT_LIMIT = 10_000;

    private final EnforcementManagement management;
    private final EnforcementCatalogue catalogue;
    private final Regions regions;
    private final Clock clock;
    private final MessageSource messages;

    OperationController(EnforcementManagement management, EnforcementCatalogue catalogue, Regions regions, Clock clock,
            MessageSource messages) {
        this.management = management;
        this.catalogue = catalogue;
        this.regions = regions;
        this.clock = clock;
        this.messages = messages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "road", required = false) Long road, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OperationCriteria criteria = new OperationCriteria(q, from, to, road);
        model.addAttribute("page", management.search(criteria, PageRequest.of(Math.max(0, page), 20,
                EnforcementApiController.NEWEST_FIRST)));
        model.addAttribute("criteria", criteria);
        model.addAttribute("roads", catalogue.roads(500));
        model.addAttribute("types", catalogue.violationTypes(false));
        model.addAttribute("canRecord", mayRecord());
        return "enforcement/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "road", required = false) Long road) {
        List<OperationSummary> rows = management.export(new OperationCriteria(q, from, to, road), EXPORT_LIMIT);
        ExcelExport<OperationSummary> sheet = ExcelExport.<OperationSummary>sheet("联合执法")
                .column("行动 Operation", OperationSummary::number)
                .column("日期 Date", OperationSummary::date)
                .column("区域 Region", OperationSummary::regionName)
                .column("路段 Roads", o -> String.join("、", o.roads()))
                .column("参与部门 Departments", o -> String.join("、", o.departments()))
                .column("带队 Lead officer", OperationSummary::leadOfficerName);
        for (ViolationTypeView type : catalogue.violationTypes(true)) {
            sheet.column(type.nameZh() + " " + type.nameEn(), o -> o.count(type.code()));
        }
        return sheet.column("合计 Total", OperationSummary::total).download("enforcement-operations", rows);
    }

    @GetMapping("/operations/new")
    String newOperation(Model model) {
        CurrentUser me = CurrentUsers.require();
        if (!EnforcementPolicy.mayRecord(me)) {
            throw new ForbiddenException("Only enforcement officers and officials record operations");
        }
        List<TallyForm> rows = catalogue.violationTypes(false).stream()
                .map(t -> new TallyForm(t.code(), null, null, t.defaultAction(), null)).toList();
        model.addAttribute("form", new OperationForm("", LocalDate.now(clock), me.regionId(), List.of(), "",
                me.has(Role.ENFORCEMENT_OFFICER) ? me.username() : "", "", rows));
        return form(model);
    }

    @PostMapping("/operations")
    String create(@Valid @ModelAttribute("form") OperationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        List<TallyForm> rows = form.tallies() == null ? List.of() : form.tallies();
        List<RecordOperation.Tally> tallies = new ArrayList<>();
        List<Integer> recorded = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TallyForm row = rows.get(i);
            if (row != null && row.count() != null) {
                tallies.add(new RecordOperation.Tally(row.violationType(), row.roadId(), row.count(), row.action(),
                        row.note()));
                recorded.add(i);
            }
        }
        OperationDetail created;
        try {
            created = management.record(new RecordOperation(form.number(), form.date(), form.regionId(),
                    form.roadIds(), departments(form.departments()), form.leadOfficer(), form.notes(), tallies));
        } catch (InvalidInputException e) {
            FormErrors.apply(renumber(e, recorded), result);
            return form(model);
        } catch (ConflictException e) {
            result.rejectValue("number", "taken", e.detail());
            return form(model);
        }
        redirect.addFlashAttribute("flash", "enforcement.recorded");
        return "redirect:/enforcement/operations/" + created.id();
    }

    @GetMapping("/operations/{id}")
    String detail(@PathVariable long id, Model model) {
        OperationDetail operation = management.get(id);
        model.addAttribute("lineForm", new TallyForm(null, null, null, null, null));
        return detail(operation, model);
    }

    /** The operation's tally lines as its page lists them. */
    @GetMapping("/operations/{id}/export")
    ResponseEntity<byte[]> exportLines(@PathVariable long id) {
        OperationDetail operation = management.get(id);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        return ExcelExport.<TallyLineView>sheet(operation.number())
                .column("类型 Type", l -> english ? l.violationTypeNameEn() : l.violationTypeName())
                .column("路段 Road", l -> l.roadName() != null ? l.roadName()
                        : messages.getMessage("enforcement.road.all", null, locale))
                .column("数量 Count", TallyLineView::count)
                .column("处理方式 Action", l -> l.action() == null ? null
                        : messages.getMessage("enforcement.action." + l.action(), null, l.action().name(), locale))
                .column("备注 Note", TallyLineView::note)
                .column("跟进 Follow-up", l -> messages.getMessage("enforcement.followUp." + l.followUp(), null,
                        l.followUp().name(), locale))
                .column("案件 Case", TallyLineView::caseId)
                .download("enforcement-operation-" + id, operation.lines());
    }

    @PostMapping("/operations/{id}/lines")
    String addLine(@PathVariable long id, @Valid @ModelAttribute("lineForm") TallyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.count() == null) {
            result.rejectValue("count", "required", "count must be zero or more");
        }
        if (!result.hasErrors()) {
            try {
                management.addTally(id, new RecordOperation.Tally(form.violationType(), form.roadId(), form.count(),
                        form.action(), form.note()));
                redirect.addFlashAttribute("flash", "enforcement.line.added");
                return "redirect:/enforcement/operations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return detail(management.get(id), model);
    }

    @PostMapping("/operations/{id}/lines/{lineId}/delete")
    String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
        management.removeTally(id, lineId);
        redirect.addFlashAttribute("flash", "enforcement.line.removed");
        return "redirect:/enforcement/operations/" + id;
    }

    @PostMapping("/operations/{id}/lines/{lineId}/follow-up")
    String followUp(@PathVariable long id, @PathVariable long lineId,
            @RequestParam(required = false) String remark, RedirectAttributes redirect) {
        try {
            management.requestFollowUp(id, lineId, remark);
            redirect.addFlashAttribute("flash", "enforcement.followUp.requested");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.detail());
        }
        return "redirect:/enforcement/operations/" + id;
    }

    @GetMapping(value = "/operations/{id}/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(@PathVariable long id) {
        return EnforcementMaps.operation(management.get(id));
    }

    private String detail(OperationDetail operation, Model model) {
        model.addAttribute("op", operation);
        model.addAttribute("types", catalogue.violationTypes(false));
        model.addAttribute("actions", EnforcementAction.values());
        model.addAttribute("canRecord", mayRecord());
        return "enforcement/detail";
    }

    private String form(Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("regionOptions", RegionChoices.of(regions, me,
                java.util.Set.of(RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY)));
        model.addAttribute("roads", catalogue.roads(500));
        List<ViolationTypeView> types = catalogue.violationTypes(true);
        Map<String, ViolationTypeView> typesByCode = new java.util.HashMap<>();
        types.forEach(t -> typesByCode.put(t.code(), t));
        model.addAttribute("typesByCode", typesByCode);
        model.addAttribute("actions", EnforcementAction.values());
        model.addAttribute("officers", management.leadOfficerCandidates());
        return "enforcement/form";
    }

    /** Departments typed one per line, or separated by 、 , ， ; ； */
    static List<String> departments(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\r\\n、,，;；]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The service numbered the lines it was given; the form's rows include the ones left blank. */
    private static InvalidInputException renumber(InvalidInputException e, List<Integer> recorded) {
        List<InvalidInputException.FieldError> errors = e.errors().stream().map(err -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^tallies\\[(\\d+)]\\.(.*)$").matcher(err.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < recorded.size()) {
                return new InvalidInputException.FieldError("tallies[" + recorded.get(Integer.parseInt(m.group(1)))
                        + "]." + m.group(2), err.message());
            }
            return err;
        }).toList();
        return new InvalidInputException(errors);
    }

    private static boolean mayRecord() {
        return EnforcementPolicy.mayRecord(CurrentUsers.require());
    }
}
