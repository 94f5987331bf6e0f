package org.civicgrid.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.cases.internal.CaseCalendar;
import org.civicgrid.cases.internal.CaseCalendarDay;
import org.civicgrid.cases.internal.CaseCalendarDayRepository;
import org.civicgrid.cases.internal.CaseCategory;
import org.civicgrid.cases.internal.CaseCategoryAlias;
import org.civicgrid.cases.internal.CaseCategoryAliasRepository;
import org.civicgrid.cases.internal.CaseCategoryRepository;
import org.civicgrid.cases.internal.CaseDepartment;
import org.civicgrid.cases.internal.CaseDepartmentRepository;
import org.civicgrid.cases.internal.CaseRoutingRule;
import org.civicgrid.cases.internal.CaseRoutingRuleRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The casework catalogue and its reference data: categories (部件/事件) with their time limits and extra
 * fields, the codes other modules use for them, departments, routing rules and the working calendar.
 * Everyone signed in reads it; the platform administrator edits it (officials add routing rules for
 * their own region).
 */
@Service
public class CaseCatalogue {

    /** Where a case goes when its code means nothing to the catalogue (the intake clerk re-files it). */
    public static final String FALLBACK_CODE = "other";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Duration RELOAD = Duration.ofMinutes(1);

    private record Snapshot(Map<String, CategoryView> byCode, Map<String, String> aliases,
            Map<String, String> standard, List<CategoryView> ordered, Instant at) {}

    private final CaseCategoryRepository categories;
    private final CaseCategoryAliasRepository aliases;
    private final CaseDepartmentRepository departments;
    private final CaseRoutingRuleRepository rules;
    private final CaseCalendarDayRepository days;
    private final CaseCalendar calendar;
    private final Regions regions;
    private volatile Snapshot snapshot;

    CaseCatalogue(CaseCategoryRepository categories, CaseCategoryAliasRepository aliases,
            CaseDepartmentRepository departments, CaseRoutingRuleRepository rules, CaseCalendarDayRepository days,
            CaseCalendar calendar, Regions regions) {
        this.categories = categories;
        this.aliases = aliases;
        this.departments = departments;
        this.rules = rules;
        this.days = days;
        this.calendar = calendar;
        this.regions = regions;
    }

    // ---- categories ---------------------------------------------------------------------------

    /** Every entry, major classes and categories, in catalogue order. */
    public List<CategoryView> categories() {
        return snapshot().ordered();
    }

    /** The active categories a case can be filed under (level 2). */
    public List<CategoryView> fileable() {
        return snapshot().ordered().stream().filter(c -> c.fileable() && c.active()).toList();
    }

    public Optional<CategoryView> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().byCode().get(code));
    }

    /** @throws NotFoundException when there is no such entry */
    public CategoryView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Category", code));
    }

    /** The category a code means — its own code, an alias or a standard class number — if any. */
    public Optional<CategoryView> lookup(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Snapshot s = snapshot();
        String c = code.trim();
        CategoryView direct = s.byCode().get(c);
        if (direct != null && direct.fileable()) {
            return Optional.of(direct);
        }
        String aliased = s.aliases().get(c);
        if (aliased != null && s.byCode().containsKey(aliased)) {
            return Optional.of(s.byCode().get(aliased));
        }
        String standard = s.standard().get(c);
        return standard == null ? Optional.empty() : Optional.ofNullable(s.byCode().get(standard));
    }

    /** Like {@link #lookup}, but an unknown code gives the fallback category so that no request is lost. */
    public CategoryView resolve(String code) {
        return lookup(code).orElseGet(() -> get(FALLBACK_CODE));
    }

    /** Adds or changes a catalogue entry (platform administrator). */
    @Transactional
    public CategoryView saveCategory(SaveCategory command) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        String code = command.code() == null ? null : command.code().trim();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "letters, digits, '.', '_' or '-', at most 80"));
        }
        if (command.name() == null || command.name().isBlank() || command.name().length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        CaseCategory parent = command.parentCode() == null ? null : categories.findByCode(command.parentCode()).orElse(null);
        if (command.parentCode() != null && (parent == null || parent.getCategoryLevel() != 1)) {
            errors.add(new FieldError("parent_code", "not a major class of the catalogue"));
        }
        int normal = hours(command.hoursNormal(), 40, "hours_normal", errors);
        int urgent = hours(command.hoursUrgent(), Math.min(normal, 16), "hours_urgent", errors);
        int emergency = hours(command.hoursEmergency(), Math.min(urgent, 8), "hours_emergency", errors);
        String attributes = null;
        if (command.attributes() != null && !command.attributes().isEmpty()) {
            for (CategoryAttribute a : command.attributes()) {
                if (a.code() == null || !CODE.matcher(a.code()).matches()) {
                    errors.add(new FieldError("attributes", "every attribute needs a code"));
                }
            }
            attributes = JSON.writeValueAsString(command.attributes());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CaseCategory category = categories.findByCode(code).orElse(null);
        if (category == null) {
            CategoryKind kind = command.kind() != null ? command.kind() : parent != null ? parent.getKind() : null;
            if (kind == null) {
                throw new InvalidInputException("kind", "COMPONENT or EVENT");
            }
            category = new CaseCategory(code, parent == null ? null : parent.getCode(), kind, parent == null ? 1 : 2);
        }
        category.describe(command.standardCode(), command.name().trim(),
                command.nameEn() == null ? command.name().trim() : command.nameEn(), command.description(),
                command.filingCondition(), command.closingCondition(), normal, urgent, emergency, attributes,
                command.active() == null || command.active(), command.sortOrder() == null ? 9000 : command.sortOrder());
        categories.save(category);
        if (command.aliases() != null) {
            for (CaseCategoryAlias old : aliases.findByCategoryCode(code)) {
                if (!command.aliases().contains(old.getAlias())) {
                    aliases.delete(old);
                }
            }
            for (String alias : command.aliases()) {
                if (alias != null && CODE.matcher(alias).matches() && !alias.equals(code)) {
                    aliases.save(new CaseCategoryAlias(alias, code));
                }
            }
        }
        snapshot = null;
        return get(code);
    }

    // ---- departments and routing --------------------------------------------------------------

    public List<DepartmentView> departments() {
        return departments.findAllByOrderByIdAsc().stream().map(CaseDepartment::toView).toList();
    }

    public Optional<DepartmentView> department(long id) {
        return departments.findById(id).map(CaseDepartment::toView);
    }

    @Transactional
    public DepartmentView saveDepartment(String code, String name, String nameEn, boolean active) {
        requireAdmin();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "letters, digits, '.', '_' or '-', at most 40");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "1–100 characters");
        }
        CaseDepartment d = departments.findByCode(code).orElseGet(() -> new CaseDepartment(code, name, nameEn));
        d.rename(name.trim(), nameEn == null ? name.trim() : nameEn, active);
        return departments.save(d).toView();
    }

    /** The department responsible for a category at a place: the most specific matching rule. */
    public Optional<DepartmentView> route(String categoryCode, String regionPath) {
        return rules.candidates(categoryCode).stream().filter(r -> r.covers(categoryCode, regionPath))
                .max(Comparator.comparingInt(CaseRoutingRule::specificity).thenComparing(CaseRoutingRule::getId))
                .flatMap(r -> departments.findById(r.getDepartmentId())).filter(CaseDepartment::isActive)
                .map(CaseDepartment::toView);
    }

    /** The rules an official may see: the platform-wide ones and those inside their region. */
    public List<RoutingRuleView> routingRules() {
        CurrentUser me = CurrentUsers.require();
        Map<Long, String> names = new HashMap<>();
        departments.findAll().forEach(d -> names.put(d.getId(), d.getName()));
        return rules.findAllByOrderByCategoryCodeAscIdAsc().stream()
                .filter(r -> r.getRegionPath() == null || me.canSee(r.getRegionPath()))
                .map(r -> view(r, names)).toList();
    }

    /**
     * Routes a category (null: any) in a region (null: everywhere) to a department, replacing the rule for
     * the same pair. Officials do it inside their region, the platform administrator anywhere.
     */
    @Transactional
    public RoutingRuleView saveRoutingRule(String categoryCode, Long regionId, long departmentId) {
        CurrentUser me = CurrentUsers.require();
        RegionRef region = mayRoute(me, regionId);
        if (categoryCode != null && find(categoryCode).filter(CategoryView::fileable).isEmpty()) {
            throw new InvalidInputException("category_code", "not a category of the catalogue");
        }
        CaseDepartment department = departments.findById(departmentId)
                .orElseThrow(() -> new InvalidInputException("department_id", "no such department"));
        CaseRoutingRule rule = rules.candidates(categoryCode).stream()
                .filter(r -> java.util.Objects.equals(r.getCategoryCode(), categoryCode)
                        && java.util.Objects.equals(r.getRegionId(), regionId))
                .findFirst()
                .orElseGet(() -> new CaseRoutingRule(categoryCode, regionId, region == null ? null : region.path(),
                        departmentId));
        rule.routeTo(department.getId());
        rule = rules.save(rule);
        return view(rule, Map.of(department.getId(), department.getName()));
    }

    @Transactional
    public void deleteRoutingRule(long id) {
        CurrentUser me = CurrentUsers.require();
        CaseRoutingRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("Routing rule", id));
        if (rule.getRegionPath() != null && !me.canSee(rule.getRegionPath())) {
            throw new NotFoundException("Routing rule", id);
        }
        mayRoute(me, rule.getRegionId());
        rules.delete(rule);
    }

    private RegionRef mayRoute(CurrentUser me, Long regionId) {
        if (regionId == null) {
            requireAdmin();
            return null;
        }
        if (!me.isOfficial()) {
            throw new ForbiddenException("Only officials route cases");
        }
        RegionRef region = regions.find(new RegionId(regionId)).filter(r -> me.canSee(r.path()))
                .orElseThrow(() -> new InvalidInputException("region_id", "not a region inside yours"));
        return region;
    }

    private RoutingRuleView view(CaseRoutingRule r, Map<Long, String> departmentNames) {
        String regionName = r.getRegionId() == null ? null
                : regions.find(new RegionId(r.getRegionId())).map(RegionRef::name).orElse(null);
        String categoryName = r.getCategoryCode() == null ? null
                : find(r.getCategoryCode()).map(CategoryView::name).orElse(r.getCategoryCode());
        return new RoutingRuleView(r.getId(), r.getCategoryCode(), categoryName, r.getRegionId(), regionName,
                r.getDepartmentId(), departmentNames.get(r.getDepartmentId()));
    }

    // ---- working calendar ---------------------------------------------------------------------

    /** Holidays and make-up workdays of a year. */
    public List<CalendarDayView> calendar(int year) {
        if (year < 1970 || year > 2999) {
            throw new InvalidInputException("year", "a year between 1970 and 2999");
        }
        return days.findByCalendarDayBetweenOrderByCalendarDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .stream().map(d -> new CalendarDayView(d.getCalendarDay(), d.isWorkday(), d.getNote())).toList();
    }

    /** Marks a day a holiday ({@code workday} false) or a make-up workday (true). */
    @Transactional
    public CalendarDayView setCalendarDay(LocalDate day, boolean workday, String note) {
        requireAdmin();
        if (day == null || day.getYear() < 1970 || day.getYear() > 2999) {
            throw new InvalidInputException("day", "a day between 1970 and 2999");
        }
        String n = note == null || note.isBlank() ? (workday ? "调休上班" : "节假日") : note.trim();
        if (n.length() > 100) {
            throw new InvalidInputException("note", "at most 100 characters");
        }
        CaseCalendarDay d = days.findById(day).orElseGet(() -> new CaseCalendarDay(day, workday, n));
        d.change(workday, n);
        days.save(d);
        calendar.changed();
        return new CalendarDayView(day, workday, n);
    }

    /** Forgets an exception: the day is an ordinary weekday or weekend day again. */
    @Transactional
    public void removeCalendarDay(LocalDate day) {
        requireAdmin();
        days.deleteById(day);
        calendar.changed();
    }

    /** Is the day a workday on the calendar? */
    public boolean isWorkday(LocalDate day) {
        return calendar.workingTime().isWorkday(day);
    }

    /** The deadline of a case in {@code categoryCode} at {@code urgency} reported at {@code start}. */
    public Instant deadline(Instant start, String categoryCode, CaseUrgency urgency) {
        return calendar.deadline(start, resolve(categoryCode).hoursFor(urgency));
    }

    // ---- internals ------------------------------------------------------------------------------

    private static int hours(Integer value, int fallback, String field, List<FieldError> errors) {
        int v = value == null ? fallback : value;
        if (v < 1 || v > 2000) {
            errors.add(new FieldError(field, "1 to 2000 working hours"));
        }
        return v;
    }

    private static void requireAdmin() {
        if (!CurrentUsers.require().has(Role.PLATFORM_ADMIN)) {
            throw new ForbiddenException("Only the platform administrator edits the catalogue");
        }
    }

    static List<CategoryAttribute> attributes(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return JSON.readValue(json, new TypeReference<List<CategoryAttribute>>() {});
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s != null && s.at().plus(RELOAD).isAfter(Instant.now())) {
            return s;
        }
        Map<String, List<String>> aliasesByCode = new HashMap<>();
        Map<String, String> aliasMap = new HashMap<>();
        for (CaseCategoryAlias a : aliases.findAll()) {
            aliasMap.put(a.getAlias(), a.getCategoryCode());
            aliasesByCode.computeIfAbsent(a.getCategoryCode(), k -> new ArrayList<>()).add(a.getAlias());
        }
        Map<String, CategoryView> byCode = new LinkedHashMap<>();
        Map<String, String> standard = new HashMap<>();
        List<CategoryView> ordered = new ArrayList<>();
        for (CaseCategory c : categories.findAllByOrderBySortOrderAscCodeAsc()) {
            List<String> as = aliasesByCode.getOrDefault(c.getCode(), List.of()).stream().sorted().toList();
            CategoryView v = c.toView(attributes(c.getAttributesJson()), as);
            byCode.put(v.code(), v);
            ordered.add(v);
            if (v.fileable() && v.standardCode() != null && v.standardCode().startsWith("E0")) {
                standard.putIfAbsent(v.standardCode(), v.code());
            }
        }
        s = new Snapshot(Map.copyOf(byCode), Map.copyOf(aliasMap), Map.copyOf(standard), List.copyOf(ordered),
                Instant.now());
        snapshot = s;
        return s;
    }
}
