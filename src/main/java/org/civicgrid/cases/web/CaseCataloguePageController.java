package org.civicgrid.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.cases.CalendarDayView;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CategoryKind;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.cases.RoutingRuleView;
import org.civicgrid.cases.SaveCategory;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.PageSteps;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The catalogue's admin pages: categories and their time limits (platform administrator), routing rules
 * (officials, inside their region) and the working calendar's holidays and make-up workdays; each list exports to
 * Excel for whoever may see it.
 */
@Controller
@RequestMapping("/cases/admin")
class CaseCataloguePageController {

    record CategoryForm(@NotBlank @Size(max = 80) String code, String parentCode, CategoryKind kind,
            @Size(max = 40) String standardCode, @NotBlank @Size(max = 100) String name, @Size(max = 100) String nameEn,
            @Size(max = 2000) String description, @Size(max = 2000) String filingCondition,
            @Size(max = 2000) String closingCondition, @NotNull @Min(1) @Max(10000) Integer hoursNormal,
            @NotNull @Min(1) @Max(10000) Integer hoursUrgent, @NotNull @Min(1) @Max(10000) Integer hoursEmergency,
            Boolean active, Integer sortOrder) {}

    record RuleForm(String categoryCode, Long regionId, @NotNull Long departmentId) {}

    record DayForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Boolean workday,
            @Size(max = 100) String note) {}

    private final CaseCatalogue catalogue;
    private final Regions regions;
    private final MessageSource messages;
    private final Clock clock;

    CaseCataloguePageController(CaseCatalogue catalogue, Regions regions, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    // ---- categories -------------------------------------------------------------------------------

    @GetMapping("/categories")
    String categories(Model model) {
        requireAdmin();
        model.addAttribute("categories", catalogue.categories());
        return "cases/admin-categories";
    }

    /** The catalogue as its page lists it: majors without time limits, then their categories. */
    @GetMapping("/categories/export")
    ResponseEntity<byte[]> exportCategories() {
        requireAdmin();
        return ExcelExport.<CategoryView>sheet("案件类别")
                .column("代码 Code", CategoryView::code)
                .column("名称 Name", CategoryView::name)
                .column("种类 Kind", c -> label("cases.kind." + c.kind()))
                .column("一般(小时) Normal hours", c -> c.level() == 1 ? null : c.hoursNormal())
                .column("紧急(小时) Urgent hours", c -> c.level() == 1 ? null : c.hoursUrgent())
                .column("特急(小时) Emergency hours", c -> c.level() == 1 ? null : c.hoursEmergency())
                .column("状态 Active", c -> label(c.active() ? "cases.admin.active.yes" : "cases.admin.active.no"))
                .download("case-categories", catalogue.categories());
    }

    @GetMapping("/categories/new")
    String newCategory(Model model) {
        requireAdmin();
        model.addAttribute("categoryForm", new CategoryForm(null, null, CategoryKind.EVENT, null, null, null, null, null, null,
                40, 16, 8, true, null));
        model.addAttribute("editing", false);
        return categoryForm(model);
    }

    @GetMapping("/categories/{code}")
    String editCategory(@PathVariable String code, Model model) {
        requireAdmin();
        CategoryView c = catalogue.get(code);
        model.addAttribute("categoryForm", new CategoryForm(c.code(), c.parentCode(), c.kind(), c.standardCode(), c.name(),
                c.nameEn(), c.description(), c.filingCondition(), c.closingCondition(), c.hoursNormal(), c.hoursUrgent(),
                c.hoursEmergency(), c.active(), c.sortOrder()));
        model.addAttribute("editing", true);
        return categoryForm(model);
    }

    @PostMapping("/categories")
    String saveCategory(@Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result,
            @RequestParam(defaultValue = "false") boolean editing, Model model, RedirectAttributes redirect) {
        requireAdmin();
        if (!result.hasErrors()) {
            // an edit keeps what the form does not show: the extra fields and the aliases
            CategoryView existing = catalogue.find(form.code()).orElse(null);
            try {
                catalogue.saveCategory(new SaveCategory(form.code(), blank(form.parentCode()), form.kind(),
                        blank(form.standardCode()), form.name(), blank(form.nameEn()), blank(form.description()),
                        blank(form.filingCondition()), blank(form.closingCondition()), form.hoursNormal(),
                        form.hoursUrgent(), form.hoursEmergency(), existing == null ? null : existing.attributes(),
                        Boolean.TRUE.equals(form.active()), form.sortOrder(), null));
                redirect.addFlashAttribute("flash", "cases.admin.category.saved");
                return "redirect:/cases/admin/categories";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("editing", editing);
        return categoryForm(model);
    }

    private String categoryForm(Model model) {
        model.addAttribute("majors", catalogue.categories().stream().filter(c -> c.level() == 1).toList());
        model.addAttribute("kinds", CategoryKind.values());
        return "cases/admin-category-form";
    }

    // ---- routing rules ----------------------------------------------------------------------------

    @GetMapping("/routing")
    String routing(Model model) {
        requireOfficial();
        model.addAttribute("ruleForm", new RuleForm(null, null, null));
        return routing(model, CurrentUsers.require());
    }

    /** The routing rules the official sees: those of their region and below, and the city-wide ones. */
    @GetMapping("/routing/export")
    ResponseEntity<byte[]> exportRouting() {
        requireOfficial();
        return ExcelExport.<RoutingRuleView>sheet("派遣规则")
                .column("类别 Category", r -> r.categoryName() != null ? r.categoryName() : label("cases.admin.anyCategory"))
                .column("区域 Region", r -> r.regionName() != null ? r.regionName() : label("cases.admin.everywhere"))
                .column("处置部门 Department", RoutingRuleView::departmentName)
                .download("case-routing-rules", catalogue.routingRules());
    }

    @PostMapping("/routing")
    String addRule(@Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CurrentUser me = requireOfficial();
        if (!result.hasErrors()) {
            try {
                catalogue.saveRoutingRule(blank(form.categoryCode()), form.regionId(), form.departmentId());
                redirect.addFlashAttribute("flash", "cases.admin.rule.saved");
                return "redirect:/cases/admin/routing";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (DomainException e) {
                FormErrors.reject(result, "region_id", e.type(),
                        PageSteps.refusal(messages, CasePageSupport.REFUSAL_PREFIX, e));
            }
        }
        return routing(model, me);
    }

    @PostMapping("/routing/{id}/delete")
    String deleteRule(@PathVariable long id, RedirectAttributes redirect) {
        requireOfficial();
        PageSteps.attempt(redirect, "cases.admin.rule.deleted", () -> catalogue.deleteRoutingRule(id), messages,
                CasePageSupport.REFUSAL_PREFIX);
        return "redirect:/cases/admin/routing";
    }

    private String routing(Model model, CurrentUser me) {
        model.addAttribute("rules", catalogue.routingRules());
        model.addAttribute("categories", catalogue.fileable());
        model.addAttribute("departments", catalogue.departments());
        model.addAttribute("admin", me.has(Role.PLATFORM_ADMIN));
        List<RegionRef> regionOptions = new ArrayList<>();
        regionOptions.add(regions.get(new RegionId(me.regionId())));
        regions.within(me.regionPath(), null).stream()
                .filter(r -> r.id() != me.regionId() && r.level().isAbove(RegionLevel.GRID)).forEach(regionOptions::add);
        model.addAttribute("regions", regionOptions);
        return "cases/admin-routing";
    }

    // ---- working calendar -------------------------------------------------------------------------

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        requireAdmin();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("dayForm", new DayForm(null, false, null));
        return calendar(y, model);
    }

    /** The year's holidays and make-up workdays, as the calendar page shows that year (this year by default). */
    @GetMapping("/calendar/export")
    ResponseEntity<byte[]> exportCalendar(@RequestParam(required = false) Integer year) {
        requireAdmin();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return ExcelExport.<CalendarDayView>sheet("工作日历 " + y)
                .column("日期 Day", CalendarDayView::day)
                .column("类型 Kind", d -> label(d.workday() ? "cases.admin.makeUp" : "cases.admin.holiday"))
                .column("说明 Note", CalendarDayView::note)
                .download("working-calendar-" + y, catalogue.calendar(y));
    }

    @PostMapping("/calendar")
    String setDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireAdmin();
        if (!result.hasErrors()) {
            try {
                catalogue.setCalendarDay(form.day(), Boolean.TRUE.equals(form.workday()), form.note());
                redirect.addFlashAttribute("flash", "cases.admin.day.saved");
                return "redirect:/cases/admin/calendar?year=" + form.day().getYear();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return calendar(form.day() == null ? LocalDate.now(clock).getYear() : form.day().getYear(), model);
    }

    @PostMapping("/calendar/{day}/delete")
    String removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        requireAdmin();
        PageSteps.attempt(redirect, "cases.admin.day.removed", () -> catalogue.removeCalendarDay(day), messages,
                CasePageSupport.REFUSAL_PREFIX);
        return "redirect:/cases/admin/calendar?year=" + day.getYear();
    }

    private String calendar(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", catalogue.calendar(year));
        return "cases/admin-calendar";
    }

    private static CurrentUser requireAdmin() {
        CurrentUser me = CurrentUsers.require();
        if (!me.has(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("Only the platform administrator edits the case catalogue");
        }
        return me;
    }

    private static CurrentUser requireOfficial() {
        CurrentUser me = CurrentUsers.require();
        if (!me.isOfficial()) {
            throw new ForbiddenException("Only officials route cases");
        }
        return me;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
