package org.civicgrid.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.civicgrid.cases.CalendarDayView;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CategoryAttribute;
import org.civicgrid.cases.CategoryKind;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.cases.DepartmentView;
import org.civicgrid.cases.RoutingRuleView;
import org.civicgrid.cases.SaveCategory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The casework catalogue: categories, departments, routing rules and the working calendar. */
@RestController
@Tag(name = "Case catalogue", description = "部件/事件分类、专业部门、派遣规则与工作日历")
class CaseCatalogueApiController {

    record CategoryRequest(String parentCode, CategoryKind kind, String standardCode, @NotBlank String name,
            String nameEn, String description, String filingCondition, String closingCondition, Integer hoursNormal,
            Integer hoursUrgent, Integer hoursEmergency, List<CategoryAttribute> attributes, Boolean active,
            Integer sortOrder, List<String> aliases) {}

    record DepartmentRequest(@NotBlank String name, String nameEn, Boolean active) {}

    record RoutingRequest(String categoryCode, Long regionId, @NotNull Long departmentId) {}

    record CalendarRequest(@NotNull Boolean workday, String note) {}

    private final CaseCatalogue catalogue;

    CaseCatalogueApiController(CaseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/case-categories")
    @Operation(summary = "The catalogue: major classes (level 1) and categories (level 2) with time limits")
    List<CategoryView> categories() {
        return catalogue.categories();
    }

    @GetMapping("/api/v1/case-categories/{code}")
    @Operation(summary = "One catalogue entry")
    CategoryView category(@PathVariable String code) {
        return catalogue.get(code);
    }

    @PutMapping("/api/v1/case-categories/{code}")
    @Operation(summary = "Add or change a catalogue entry (platform administrator)")
    CategoryView saveCategory(@PathVariable String code, @Valid @RequestBody CategoryRequest r) {
        return catalogue.saveCategory(new SaveCategory(code, r.parentCode(), r.kind(), r.standardCode(), r.name(),
                r.nameEn(), r.description(), r.filingCondition(), r.closingCondition(), r.hoursNormal(), r.hoursUrgent(),
                r.hoursEmergency(), r.attributes(), r.active(), r.sortOrder(), r.aliases()));
    }

    @GetMapping("/api/v1/case-departments")
    @Operation(summary = "Departments and units cases are dispatched to")
    List<DepartmentView> departments() {
        return catalogue.departments();
    }

    @PutMapping("/api/v1/case-departments/{code}")
    @Operation(summary = "Add or change a department (platform administrator)")
    DepartmentView saveDepartment(@PathVariable String code, @Valid @RequestBody DepartmentRequest r) {
        return catalogue.saveDepartment(code, r.name(), r.nameEn(), r.active() == null || r.active());
    }

    @GetMapping("/api/v1/case-routing-rules")
    @Operation(summary = "Routing rules visible to the caller (platform-wide and inside their region)")
    List<RoutingRuleView> routingRules() {
        return catalogue.routingRules();
    }

    @PostMapping("/api/v1/case-routing-rules")
    @Operation(summary = "Route a category (null: any) in a region (null: everywhere, admin only) to a department")
    ResponseEntity<RoutingRuleView> saveRoutingRule(@Valid @RequestBody RoutingRequest r) {
        RoutingRuleView rule = catalogue.saveRoutingRule(r.categoryCode(), r.regionId(), r.departmentId());
        return ResponseEntity.created(URI.create("/api/v1/case-routing-rules/" + rule.id())).body(rule);
    }

    @DeleteMapping("/api/v1/case-routing-rules/{id}")
    @Operation(summary = "Remove a routing rule")
    ResponseEntity<Void> deleteRoutingRule(@PathVariable long id) {
        catalogue.deleteRoutingRule(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/case-calendar")
    @Operation(summary = "Public holidays and make-up workdays of a year")
    List<CalendarDayView> calendar(@RequestParam int year) {
        return catalogue.calendar(year);
    }

    @PutMapping("/api/v1/case-calendar/{day}")
    @Operation(summary = "Mark a day a holiday (workday false) or a make-up workday (true) — platform administrator")
    CalendarDayView setDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Valid @RequestBody CalendarRequest r) {
        return catalogue.setCalendarDay(day, r.workday(), r.note());
    }

    @DeleteMapping("/api/v1/case-calendar/{day}")
    @Operation(summary = "Forget a calendar exception")
    ResponseEntity<Void> removeDay(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        catalogue.removeCalendarDay(day);
        return ResponseEntity.noContent().build();
    }
}
