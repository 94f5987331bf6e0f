package org.civicgrid.volunteering.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.shared.web.PageSteps;
import org.civicgrid.volunteering.ActivityManagement;
import org.civicgrid.volunteering.ActivityManagement.CreateActivity;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.IdType;
import org.civicgrid.volunteering.PartyMemberDuty;
import org.civicgrid.volunteering.ServiceProjects;
import org.civicgrid.volunteering.ServiceRecords;
import org.civicgrid.volunteering.TeamKind;
import org.civicgrid.volunteering.VolunteerManagement;
import org.civicgrid.volunteering.VolunteerManagement.CreateTeam;
import org.civicgrid.volunteering.VolunteerManagement.RegisterVolunteer;
import org.civicgrid.volunteering.Views.ActivityView;
import org.civicgrid.volunteering.Views.DutyLine;
import org.civicgrid.volunteering.Views.SignUpView;
import org.civicgrid.volunteering.Views.TeamView;
import org.civicgrid.volunteering.Views.VolunteerView;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 志愿者、服务队和活动发布 — the staff's pages: the volunteer register (a resident or an account, with skills and
 * availability), a volunteer's record, teams, publishing an activity, and the Excel exports of every list.
 */
@Controller
class VolunteerRosterController {

    /** Refusals are shown in words: the message {@value} + the problem type. */
    static final String REFUSED = "volunteering.refused.";

    private static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

    /** Most rows one Excel export holds. */
    private static final int EXPORT_LIMIT = 5000;

    private static final Set<String> STAFF = Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL",
            "STREET_OFFICIAL", "COMMUNITY_WORKER");

    record VolunteerForm(@NotBlank @Size(max = 50) String name, @NotNull IdType idType, @Size(max = 40) String idNumber,
            @Size(max = 30) String phone, @Size(max = 300) String skills, @Size(max = 500) String availability,
            @Size(max = 50) String username, Long residentId, @NotNull Long regionId) {}

    record DescribeForm(@Size(max = 300) String skills, @Size(max = 500) String availability) {}

    record TeamForm(@NotBlank @Size(max = 100) String name, TeamKind kind, Long unitId,
            @NotBlank @Size(max = 200) String organisation, @Size(max = 50) String leaderName,
            @Size(max = 30) String contactPhone, Long regionId) {}

    record ActivityForm(@NotBlank @Size(max = 200) String title, @NotNull ActivityType type,
            @Size(max = 4000) String description, @NotBlank @Size(max = 200) String place, Double lat, Double lng,
            @Min(20) @Max(5000) Integer radiusM, @NotNull @DateTimeFormat(pattern = LOCAL) LocalDateTime startsAt,
            @NotNull @DateTimeFormat(pattern = LOCAL) LocalDateTime endsAt, @NotNull @Min(1) @Max(10000) Integer capacity,
            Long teamId, @Size(max = 50) String organiserUsername, @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 50) String responsiblePerson, @NotBlank @Size(max = 30) String contactPhone,
            Long regionId) {}

    private final VolunteerManagement volunteers;
    private final ActivityManagement activities;
    private final ServiceRecords records;
    private final PartyMemberDuty duty;
    private final AccountManagement accounts;
    private final Regions regions;
    private final MessageSource messages;
    private final ServiceProjects projects;

    VolunteerRosterController(VolunteerManagement volunteers, ActivityManagement activities, ServiceRecords records,
            PartyMemberDuty duty, AccountManagement accounts, Regions regions, MessageSource messages,
            ServiceProjects projects) {
        this.projects = projects;
        this.volunteers = volunteers;
        this.activities = activities;
        this.records = records;
        this.duty = duty;
        this.accounts = accounts;
        this.regions = regions;
        this.messages = messages;
    }

    @Bean
    static NavItem volunteeringVolunteersNav() {
        return new NavItem("work", "nav.volunteering.volunteers", "/volunteering/volunteers", STAFF, 47);
    }

    @Bean
    static NavItem volunteeringTeamsNav() {
        return new NavItem("work", "nav.volunteering.teams", "/volunteering/teams", STAFF, 48);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    // ---- volunteers ----

    @GetMapping("/volunteering/volunteers")
    String volunteers(@RequestParam(required = false) String q, @RequestParam(required = false) boolean party,
            @PageableDefault(size = 30, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        model.addAttribute("page", volunteers.search(q, party, capped(pageable)));
        model.addAttribute("q", q);
        model.addAttribute("party", party);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new VolunteerForm(null, IdType.RESIDENT_ID_CARD, null, null, null, null, null,
                    null, CurrentUsers.require().regionId()));
        }
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("regions", regionChoices());
        return "volunteering/volunteers";
    }

    @GetMapping("/volunteering/volunteers/export")
    ResponseEntity<byte[]> exportVolunteers(@RequestParam(required = false) String q,
            @RequestParam(required = false) boolean party) {
        List<VolunteerView> rows = all(p -> volunteers.search(q, party, p), Sort.by(Sort.Direction.DESC, "registeredAt"));
        return ExcelExport.<VolunteerView>sheet("志愿者 Volunteers")
                .column("志愿者编号 Number", VolunteerView::volunteerNumber)
                .column("姓名 Name", VolunteerView::name)
                .column("证件号码 ID number", VolunteerView::idNumberMasked)
                .column("手机 Phone", VolunteerView::phoneMasked)
                .column("特长 Skills", v -> String.join("、", v.skills()))
                .column("可服务时间 Availability", VolunteerView::availability)
                .column("在职党员 Party member", v -> v.partyMember() ? "是 yes" : "")
                .column("社区 Region", VolunteerView::regionName)
                .column("登记时间 Registered", v -> v.registeredAt().atZone(TimeConfiguration.ZONE).toLocalDateTime())
                .download("volunteers", rows);
    }

    /** 代为登记 — staff register a resident or an account holder as a volunteer. */
    @PostMapping("/volunteering/volunteers")
    String register(@Valid @ModelAttribute("form") VolunteerForm form, BindingResult result,
            @PageableDefault(size = 30, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable,
            Model model, RedirectAttributes redirect) {
        Long userId = null;
        if (form.username() != null && !form.username().isBlank()) {
            userId = accounts.findByUsername(form.username().trim()).map(UserSummary::id).orElse(null);
            if (userId == null) {
                result.rejectValue("username", "volunteering.noSuchUser", "no such user");
            }
        }
        if (!result.hasErrors()) {
            try {
                VolunteerView v = volunteers.register(new RegisterVolunteer(form.name(), form.idType(), form.idNumber(),
                        form.phone(), userId, form.residentId(), skills(form.skills()), form.availability(),
                        form.regionId()));
                redirect.addFlashAttribute("flash", "volunteering.volunteer.registered");
                return "redirect:/volunteering/volunteers/" + v.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (ConflictException e) {
                result.reject("volunteering.refused." + e.type(), e.detail());
            }
        }
        model.addAttribute("formOpen", true);
        return volunteers(null, false, pageable, model);
    }

    @GetMapping("/volunteering/volunteers/{id}")
    String volunteer(@PathVariable long id, Model model) {
        VolunteerView v = volunteers.get(id);
        model.addAttribute("v", v);
        model.addAttribute("record", records.record(id));
        model.addAttribute("teams", volunteers.teamsOf(id));
        model.addAttribute("organisations", records.minutesByOrganisation(id).keySet());
        model.addAttribute("month", duty.currentMonth());
        model.addAttribute("communities", regionChoices().stream().filter(r -> r.level() == RegionLevel.COMMUNITY).toList());
        model.addAttribute("staff", CurrentUsers.require().isStaff());
        if (!model.containsAttribute("describe")) {
            model.addAttribute("describe", new DescribeForm(String.join("，", v.skills()), v.availability()));
        }
        return "volunteering/volunteer";
    }

    @PostMapping("/volunteering/volunteers/{id}/describe")
    String describe(@PathVariable long id, @Valid @ModelAttribute("describe") DescribeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                volunteers.describe(id, skills(form.skills()), form.availability());
                redirect.addFlashAttribute("flash", "volunteering.volunteer.described");
                return "redirect:/volunteering/volunteers/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("describeOpen", true);
        return volunteer(id, model);
    }

    /** 在职党员进社区 — staff register a volunteer as an in-post party member of a unit with a home community. */
    @PostMapping("/volunteering/volunteers/{id}/party")
    String registerPartyMember(@PathVariable long id, @RequestParam(name = "unitId", required = false) Long unitId,
            @RequestParam(name = "communityId", required = false) Long communityId,
            @RequestParam(name = "registeredOn", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate registeredOn,
            RedirectAttributes redirect) {
        if (unitId == null || communityId == null) {
            redirect.addFlashAttribute("flashError", label("volunteering.party.missing"));
        } else {
            try {
                volunteers.registerPartyMember(new VolunteerManagement.RegisterPartyMember(id, unitId, communityId,
                        registeredOn));
                redirect.addFlashAttribute("flash", "volunteering.party.registered");
            } catch (InvalidInputException e) {
                redirect.addFlashAttribute("flashError", label("volunteering.party.missing"));
            }
        }
        return "redirect:/volunteering/volunteers/" + id;
    }

    // ---- teams ----

    @GetMapping("/volunteering/teams")
    String teams(@PageableDefault(size = 30) Pageable pageable, Model model) {
        model.addAttribute("page", volunteers.teams(capped(pageable)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TeamForm(null, TeamKind.GENERAL, null, null, null, null,
                    CurrentUsers.require().regionId()));
        }
        model.addAttribute("kinds", TeamKind.values());
        model.addAttribute("regions", regionChoices());
        model.addAttribute("staff", CurrentUsers.require().isStaff());
        return "volunteering/teams";
    }

    @GetMapping("/volunteering/teams/export")
    ResponseEntity<byte[]> exportTeams() {
        List<TeamView> rows = all(volunteers::teams, Sort.unsorted());
        return ExcelExport.<TeamView>sheet("服务队 Teams")
                .column("名称 Name", TeamView::name)
                .column("类型 Kind", t -> label("volunteering.teamKind." + t.kind()))
                .column("组织单位 Organisation", TeamView::organisation)
                .column("负责人 Leader", TeamView::leaderName)
                .column("联系电话 Phone", TeamView::contactPhone)
                .column("区域 Region", TeamView::regionName)
                .column("队员 Members", TeamView::members)
                .download("volunteer-teams", rows);
    }

    @PostMapping("/volunteering/teams")
    String createTeam(@Valid @ModelAttribute("form") TeamForm form, BindingResult result,
            @PageableDefault(size = 30) Pageable pageable, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                TeamView t = volunteers.createTeam(new CreateTeam(form.name(), form.kind(), form.unitId(),
                        form.organisation(), form.leaderName(), form.contactPhone(), form.regionId()));
                redirect.addFlashAttribute("flash", "volunteering.team.created");
                return "redirect:/volunteering/teams/" + t.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (ConflictException e) {
                FormErrors.reject(result, "name", REFUSED + e.type(), e.detail());
            }
        }
        model.addAttribute("formOpen", true);
        return teams(pageable, model);
    }

    @GetMapping("/volunteering/teams/{id}")
    String team(@PathVariable long id, Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("team", volunteers.team(id));
        model.addAttribute("members", me.isStaff() ? volunteers.members(id) : List.of());
        model.addAttribute("staff", me.isStaff());
        model.addAttribute("activities", activities.search(null, null, id,
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "startsAt"))).getContent());
        return "volunteering/team";
    }

    /** Adds a volunteer, found by their volunteer number, to the team. */
    @PostMapping("/volunteering/teams/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) String number, RedirectAttributes redirect) {
        String wanted = number == null ? "" : number.trim();
        VolunteerView v = wanted.isEmpty() ? null : volunteers.search(wanted, false, PageRequest.of(0, 20)).stream()
                .filter(x -> x.volunteerNumber().equals(wanted)).findFirst().orElse(null);
        if (v == null) {
            redirect.addFlashAttribute("flashError", label("volunteering.team.noSuchVolunteer"));
        } else {
            PageSteps.attempt(redirect, "volunteering.team.joined", () -> volunteers.addToTeam(id, v.id()), messages,
                    REFUSED);
        }
        return "redirect:/volunteering/teams/" + id;
    }

    // ---- activities ----

    @GetMapping("/volunteering/activities/new")
    String newActivity(@RequestParam(name = "team", required = false) Long teamId, Model model) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers publish activities");
        }
        LocalDateTime start = LocalDateTime.now(TimeConfiguration.ZONE).plusDays(1).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        model.addAttribute("form", new ActivityForm(null, ActivityType.CONVENIENCE, null, null, null, null, null, start,
                start.plusHours(2), 10, teamId, null, null, me.displayName(), null, me.regionId()));
        return activityForm(model);
    }

    @PostMapping("/volunteering/activities")
    String createActivity(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ActivityView a = activities.create(new CreateActivity(form.title(), form.type(), form.description(),
                        form.place(), form.lat(), form.lng(), form.radiusM(), instant(form.startsAt()),
                        instant(form.endsAt()), form.capacity(), form.teamId(), form.organiserUsername(),
                        form.organisation(), form.responsiblePerson(), form.contactPhone(), form.regionId()));
                redirect.addFlashAttribute("flash", "volunteering.activity.published");
                return "redirect:/volunteering/activities/" + a.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return activityForm(model);
    }

    private String activityForm(Model model) {
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("teams", volunteers.teams(PageRequest.of(0, 200)).getContent());
        model.addAttribute("regions", regionChoices());
        return "volunteering/activity-form";
    }

    /** The activities list as shown (same type filter, from now on), to Excel. */
    @GetMapping("/volunteering/export")
    ResponseEntity<byte[]> exportActivities(@RequestParam(required = false) ActivityType type) {
        Instant now = Instant.now();
        List<ActivityView> rows = all(p -> activities.search(type, now, null, p), Sort.by("startsAt"));
        return ExcelExport.<ActivityView>sheet("志愿服务活动 Activities")
                .column("活动 Activity", ActivityView::title)
                .column("类型 Type", a -> label("volunteering.activityType." + a.type()))
                .column("开始 Starts", a -> a.startsAt().atZone(TimeConfiguration.ZONE).toLocalDateTime())
                .column("结束 Ends", a -> a.endsAt().atZone(TimeConfiguration.ZONE).toLocalDateTime())
                .column("地点 Place", ActivityView::place)
                .column("服务队 Team", ActivityView::teamName)
                .column("名额 Capacity", ActivityView::capacity)
                .column("已报名 Signed up", ActivityView::signedUp)
                .column("组织单位 Organisation", ActivityView::organisation)
                .column("负责人 Responsible", ActivityView::responsiblePerson)
                .column("区域 Region", ActivityView::regionName)
                .download("volunteer-activities", rows);
    }

    // ---- duty board ----

    /**
     * The duty board as shown (month, community, unit), to Excel: the members on the first sheet, then the page's
     * two summaries, by community and by unit.
     */
    @GetMapping("/volunteering/duty/export")
    ResponseEntity<byte[]> exportDuty(@RequestParam(required = false) YearMonth month,
            @RequestParam(name = "community_id", required = false) Long communityId,
            @RequestParam(name = "unit_id", required = false) Long unitId) {
        YearMonth m = month == null ? duty.currentMonth() : month;
        List<DutyLine> rows = duty.board(m, communityId).stream()
                .filter(l -> unitId == null || unitId.equals(l.unitId())).toList();
        ExcelExport<DutyLine> members = ExcelExport.<DutyLine>sheet("在职党员微服务 " + m)
                .column("姓名 Name", DutyLine::name)
                .column("单位编号 Unit", DutyLine::unitId)
                .column("社区 Community", DutyLine::communityName)
                .column("报到日期 Registered", DutyLine::registeredOn)
                .column("本月次数 Services", DutyLine::services)
                .column("状态 Status", l -> label(l.behind() ? "volunteering.duty.behind"
                        : l.owes() ? "volunteering.duty.done" : "volunteering.duty.notYetOwed"));
        ExcelExport<DutyTally> byCommunity = tallySheet("按社区 By community", "社区 Community", DutyTally::name);
        ExcelExport<DutyTally> byUnit = tallySheet("按单位 By unit", "单位编号 Unit", DutyTally::id);
        return ExcelExport.book()
                .sheet(members, rows)
                .sheet(byCommunity, DutyTally.byCommunity(rows))
                .sheet(byUnit, DutyTally.byUnit(rows))
                .download("party-member-duty-" + m);
    }

    private static ExcelExport<DutyTally> tallySheet(String sheet, String header, Function<DutyTally, Object> name) {
        return ExcelExport.<DutyTally>sheet(sheet)
                .column(header, name)
                .column("登记党员 Members", DutyTally::members)
                .column("已完成 Done", DutyTally::done)
                .column("本月未完成 Behind", DutyTally::behind);
    }

    // ---- an activity's roster and a team's members ----

    /** The activity's roster as its organiser's page lists it, in sign-up order. */
    @GetMapping("/volunteering/activities/{id}/export")
    ResponseEntity<byte[]> exportRoster(@PathVariable long id) {
        ActivityView activity = activities.get(id);
        return ExcelExport.<SignUpView>sheet("报名名单 " + activity.title())
                .column("姓名 Name", SignUpView::volunteerName)
                .column("志愿者编号 Volunteer No.", SignUpView::volunteerNumber)
                .column("状态 Status", s -> label("volunteering.signUpStatus." + s.status()))
                .column("签到 Checked in", SignUpView::checkedInAt)
                .column("签退 Checked out", SignUpView::checkedOutAt)
                .column("时长(小时) Hours", SignUpView::hours)
                .column("已更正 Corrected", s -> s.correctionReason() != null ? label("volunteering.corrected") : "")
                .download("activity-" + id + "-roster", activities.roster(id));
    }

    /** The team's members as its page lists them to staff, by name. */
    @GetMapping("/volunteering/teams/{id}/export")
    ResponseEntity<byte[]> exportMembers(@PathVariable long id) {
        TeamView team = volunteers.team(id);
        if (!CurrentUsers.require().isStaff()) {
            throw new ForbiddenException("Only officials and community workers see a team's members");
        }
        return ExcelExport.<VolunteerView>sheet("队员 " + team.name())
                .column("志愿者编号 Volunteer No.", VolunteerView::volunteerNumber)
                .column("姓名 Name", VolunteerView::name)
                .column("技能 Skills", v -> String.join("、", v.skills()))
                .column("区域 Region", VolunteerView::regionName)
                .download("team-" + id + "-members", volunteers.members(id));
    }

    // ---- service projects ----

    /** The project's daily counts as shown (30 days from {@code from}), to Excel. */
    @GetMapping("/volunteering/projects/{id}/export")
    ResponseEntity<byte[]> exportProjectDays(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate from) {
        var p = projects.get(id);
        java.time.LocalDate end = p.lastDay() == null ? java.time.LocalDate.now(TimeConfiguration.ZONE) : p.lastDay();
        java.time.LocalDate start = from == null ? end.minusDays(29) : from;
        return ExcelExport.<ServiceProjects.DayCount>sheet(p.name())
                .column("日期 Day", ServiceProjects.DayCount::day)
                .column("份数 Servings (" + p.unitLabel() + ")", ServiceProjects.DayCount::servings)
                .column("志愿者 Volunteers", ServiceProjects.DayCount::volunteers)
                .download("project-" + id + "-" + start, projects.days(id, start, start.plusDays(29)));
    }

    /** 每日记录 — staff record one day's count; a second record for the day replaces the first. */
    @PostMapping("/volunteering/projects/{id}/days")
    String recordDay(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate day,
            @RequestParam(required = false) Integer servings, @RequestParam(required = false) Integer helpers,
            RedirectAttributes redirect) {
        if (day == null || servings == null) {
            redirect.addFlashAttribute("flashError", label("volunteering.project.dayMissing"));
        } else {
            try {
                projects.recordDay(id, new ServiceProjects.DayCount(day, servings, helpers == null ? 0 : helpers));
                redirect.addFlashAttribute("flash", "volunteering.project.dayRecorded");
            } catch (InvalidInputException e) {
                redirect.addFlashAttribute("flashError", label("volunteering.project.dayRefused"));
            }
        }
        return "redirect:/volunteering/projects/" + id;
    }

    // ---- helpers ----

    /** The caller's own region and the communities inside it. */
    private List<RegionRef> regionChoices() {
        CurrentUser me = CurrentUsers.require();
        Map<Long, RegionRef> choices = new LinkedHashMap<>();
        regions.find(new RegionId(me.regionId())).ifPresent(r -> choices.put(r.id(), r));
        if (me.isStaff()) {
            regions.within(me.regionPath(), RegionLevel.COMMUNITY).forEach(r -> choices.putIfAbsent(r.id(), r));
        }
        return new ArrayList<>(choices.values());
    }

    private static Pageable capped(Pageable pageable) {
        return pageable.getPageSize() > 200 ? PageRequest.of(pageable.getPageNumber(), 200, pageable.getSort())
                : pageable;
    }

    private static <T> List<T> all(Function<Pageable, Page<T>> search, Sort sort) {
        List<T> rows = new ArrayList<>();
        Page<T> page = search.apply(PageRequest.of(0, 200, sort));
        rows.addAll(page.getContent());
        while (page.hasNext() && rows.size() < EXPORT_LIMIT) {
            page = search.apply(page.nextPageable());
            rows.addAll(page.getContent());
        }
        return rows;
    }

    private static Set<String> skills(String skills) {
        return skills == null || skills.isBlank() ? Set.of()
                : Arrays.stream(skills.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(TimeConfiguration.ZONE).toInstant();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    static String refusal(MessageSource messages, DomainException e) {
        return PageSteps.refusal(messages, REFUSED, e);
    }
}
