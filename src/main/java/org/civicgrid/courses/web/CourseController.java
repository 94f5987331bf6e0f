package org.civicgrid.courses.web;

import java.util.Locale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.courses.CareTag;
import org.civicgrid.courses.CourseId;
import org.civicgrid.courses.CourseManagement;
import org.civicgrid.courses.CourseManagement.AddSession;
import org.civicgrid.courses.CourseManagement.CreateCourse;
import org.civicgrid.courses.CourseManagement.EditCourse;
import org.civicgrid.courses.CourseManagement.WeeklySessions;
import org.civicgrid.courses.CourseView;
import org.civicgrid.courses.EnrolmentRule;
import org.civicgrid.courses.EnrolmentStatus;
import org.civicgrid.courses.EnrolmentView;
import org.civicgrid.courses.LotteryRecord;
import org.civicgrid.courses.Programme;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.shared.web.PageSteps;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.ForbiddenException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * 社区课程 — residents find their community's classes and enrol on a phone; community workers open classes,
 * plan sessions, take attendance and draw lotteries.
 */
@Controller
@RequestMapping("/courses")
class CourseController {

    private static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

    record CourseForm(@NotBlank @Size(max = 120) String title, @NotNull Programme programme,
            @NotNull @Min(1) @Max(1000) Integer capacity, @NotNull EnrolmentRule enrolmentRule, boolean waitingList,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @DateTimeFormat(pattern = LOCAL) LocalDateTime lotteryAt, @Size(max = 4000) String description,
            @Size(max = 60) String term, @Size(max = 120) String organiser, @Size(max = 200) String place,
            @Min(0) @Max(120) Integer minAge, @Min(0) @Max(120) Integer maxAge, CareTag careTag) {

        static CourseForm empty(LocalDate today) {
            return new CourseForm("", Programme.COMMUNITY_ACADEMY, 30, EnrolmentRule.FIRST_COME, true, today.plusDays(7),
                    today.plusMonths(3), null, "", "", "", "", null, null, null);
        }

        CreateCourse command() {
            return new CreateCourse(title, capacity, enrolmentRule.name(), waitingList, startsOn, endsOn, programme.name(),
                    description, term, organiser, place,
                    lotteryAt == null ? null : lotteryAt.atZone(TimeConfiguration.ZONE).toOffsetDateTime(), minAge, maxAge,
                    careTag == null ? null : careTag.name());
        }
    }

    record EditForm(@NotBlank @Size(max = 120) String title, @NotNull @Min(1) @Max(1000) Integer capacity,
            @Size(max = 4000) String description, @Size(max = 60) String term, @Size(max = 120) String organiser,
            @Size(max = 200) String place) {}

    record SessionForm(@NotNull @DateTimeFormat(pattern = LOCAL) LocalDateTime startsAt,
            @NotNull @Min(10) @Max(600) Integer minutes, @Size(max = 200) String place, @Size(max = 200) String topic,
            boolean memberHome, @Size(max = 100) String hostName) implements java.io.Serializable {}

    record WeeklyForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Set<DayOfWeek> days,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime at, @NotNull @Min(10) @Max(600) Integer minutes,
            @Size(max = 200) String place, @Size(max = 200) String topic) implements java.io.Serializable {}

    /** Refusals are shown in words: the message {@value} + the problem type. */
    private static final String REFUSED = "courses.refused.";

    private final CourseManagement courses;
    private final MessageSource messages;
    private final EnrolmentLimits limits;

    CourseController(CourseManagement courses, MessageSource messages, EnrolmentLimits limits) {
        this.courses = courses;
        this.messages = messages;
        this.limits = limits;
    }

    @Bean
    static NavItem coursesNav() {
        return new NavItem("public", "nav.courses", "/courses", Set.of(), 20);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "true") boolean current,
            @PageableDefault(size = 20, sort = "startsOn", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
        CurrentUser me = CurrentUsers.require();
        Page<CourseView> page = courses.search(q, current, pageable);
        model.addAttribute("page", page);
        model.addAttribute("mine", courses.myEnrolments(page.getContent().stream().map(CourseView::id).toList()));
        model.addAttribute("q", q);
        model.addAttribute("current", current);
        model.addAttribute("staff", me.isStaff());
        model.addAttribute("canCreate", me.has(Role.COMMUNITY_WORKER));
        return "courses/list";
    }

    /** The filtered list as a workbook, every page of it, for staff. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "true") boolean current) {
        if (!CurrentUsers.require().isStaff()) {
            throw new ForbiddenException("Only staff export the list of classes");
        }
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<CourseView>sheet("courses")
                .column("课程 Class", CourseView::title)
                .column("类别 Programme", c -> messages.getMessage("courses.programme." + c.programme(), null, locale))
                .column("学期 Term", CourseView::term)
                .column("开课 Starts", CourseView::startsOn)
                .column("结课 Ends", CourseView::endsOn)
                .column("地点 Place", CourseView::place)
                .column("名额 Seats", CourseView::capacity)
                .column("已报名 Taken", CourseView::seatsTaken)
                .column("报名方式 Rule", c -> messages.getMessage("courses.rule." + c.enrolmentRule(), null, locale))
                .download("courses", ExcelExport.allPages(Sort.by("startsOn"), p -> courses.search(q, current, p)));
    }

    @GetMapping("/new")
    String newCourse(Model model) {
        if (!CurrentUsers.require().has(Role.COMMUNITY_WORKER)) {
            throw new org.civicgrid.shared.ForbiddenException("Only community workers open classes");
        }
        model.addAttribute("form", CourseForm.empty(LocalDate.now(TimeConfiguration.ZONE)));
        return courseForm(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CourseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return courseForm(model);
        }
        try {
            CourseView course = courses.create(form.command());
            redirect.addFlashAttribute("flash", "courses.created");
            return "redirect:/courses/" + course.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return courseForm(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CourseId courseId = new CourseId(id);
        CourseView course = courses.get(courseId);
        boolean manages = courses.canManage(courseId);
        model.addAttribute("course", course);
        model.addAttribute("resident", CurrentUsers.require().has(Role.RESIDENT));
        model.addAttribute("mine", courses.myEnrolment(courseId).orElse(null));
        model.addAttribute("sessions", courses.sessions(courseId));
        model.addAttribute("manages", manages);
        model.addAttribute("hasLottery", course.lotteryDrawnAt() != null);
        if (manages) {
            Map<EnrolmentStatus, List<EnrolmentView>> people = courses.participants(courseId);
            model.addAttribute("enrolled", people.get(EnrolmentStatus.ENROLLED));
            model.addAttribute("waiting", people.get(EnrolmentStatus.WAITING));
            model.addAttribute("entered", people.get(EnrolmentStatus.ENTERED));
            model.addAttribute("figures", courses.figures(courseId));
            if (!model.containsAttribute("sessionForm")) {
                model.addAttribute("sessionForm", new SessionForm(null, 90, course.place(), "", false, ""));
            }
            if (!model.containsAttribute("weeklyForm")) {
                model.addAttribute("weeklyForm", new WeeklyForm(course.startsOn(), course.endsOn(), Set.of(), LocalTime.of(19, 0),
                        120, course.place(), ""));
            }
            model.addAttribute("weekdays", DayOfWeek.values());
        }
        return "courses/detail";
    }

    /** One name of the class page's participant lists, numbered as the list numbers it. */
    private record Participant(EnrolmentStatus status, int position, String name) {}

    /**
     * The participants as the class page lists them for the people who run it: enrolled, waiting in line, and
     * those entered in a draw not yet held.
     */
    @GetMapping("/{id}/participants/export")
    ResponseEntity<byte[]> exportParticipants(@PathVariable long id) {
        CourseId courseId = new CourseId(id);
        CourseView course = courses.get(courseId);
        Map<EnrolmentStatus, List<EnrolmentView>> people = courses.participants(courseId);
        List<EnrolmentStatus> shown = course.lotteryPending()
                ? List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING, EnrolmentStatus.ENTERED)
                : List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING);
        List<Participant> rows = new java.util.ArrayList<>();
        for (EnrolmentStatus status : shown) {
            List<EnrolmentView> list = people.getOrDefault(status, List.of());
            for (int i = 0; i < list.size(); i++) {
                rows.add(new Participant(status, i + 1, list.get(i).displayName()));
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<Participant>sheet(course.title())
                .column("状态 Status", p -> messages.getMessage("courses.status." + p.status(), null, locale))
                .column("序号 No.", Participant::position)
                .column("姓名 Name", Participant::name)
                .download("course-" + id + "-participants", rows);
    }

    @PostMapping("/{id}/enrol")
    String enrol(@PathVariable long id, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            limits.admit(CurrentUsers.require(), request.getRemoteAddr());
        } catch (TooManyRequestsException e) {
            // the class page again, saying when to come back, instead of an error page
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            model.addAttribute("flashError", PageSteps.refusal(messages, REFUSED, e));
            return detail(id, model);
        }
        try {
            EnrolmentView e = courses.enrol(new CourseId(id));
            redirect.addFlashAttribute("flash", "courses.enrolled." + e.status());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, REFUSED, e));
        }
        return "redirect:/courses/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        courses.withdraw(new CourseId(id));
        redirect.addFlashAttribute("flash", "courses.withdrawn");
        return "redirect:/courses/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CourseView c = courses.toEdit(new CourseId(id));
        model.addAttribute("course", c);
        model.addAttribute("form", new EditForm(c.title(), c.capacity(), c.description(), c.term(), c.organiser(), c.place()));
        return "courses/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                courses.edit(new CourseId(id), new EditCourse(form.title(), form.capacity(), form.description(), form.term(),
                        form.organiser(), form.place()));
                redirect.addFlashAttribute("flash", "courses.saved");
                return "redirect:/courses/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        model.addAttribute("course", courses.toEdit(new CourseId(id)));   // checked before the form is shown again
        return "courses/edit";
    }

    @PostMapping("/{id}/sessions")
    String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                courses.addSession(new CourseId(id), new AddSession(form.startsAt().atZone(TimeConfiguration.ZONE)
                        .toOffsetDateTime(), form.minutes(), form.place(), form.topic(), form.memberHome(), form.hostName()));
                redirect.addFlashAttribute("flash", "courses.sessionAdded");
                return "redirect:/courses/" + id + "#sessions";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return keepErrors(id, "sessionForm", form, result, redirect);
    }

    @PostMapping("/{id}/sessions/weekly")
    String addWeekly(@PathVariable long id, @Valid @ModelAttribute("weeklyForm") WeeklyForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int added = courses.addWeekly(new CourseId(id), new WeeklySessions(form.from(), form.to(),
                        form.days() == null ? Set.of() : form.days(), form.at(), form.minutes(), form.place(), form.topic()))
                        .size();
                redirect.addFlashAttribute("flash", "courses.sessionsAdded");
                redirect.addFlashAttribute("added", added);
                return "redirect:/courses/" + id + "#sessions";
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            }
        }
        return keepErrors(id, "weeklyForm", form, result, redirect);
    }

    @GetMapping("/{id}/sessions/{sessionId}/attendance")
    String attendance(@PathVariable long id, @PathVariable long sessionId, Model model) {
        model.addAttribute("sheet", courses.attendance(new CourseId(id), sessionId));
        return "courses/attendance";
    }

    @PostMapping("/{id}/sessions/{sessionId}/attendance")
    String recordAttendance(@PathVariable long id, @PathVariable long sessionId,
            @RequestParam(name = "present", required = false) Set<Long> present, RedirectAttributes redirect) {
        try {
            courses.recordAttendance(new CourseId(id), sessionId, present == null ? Set.of() : present);
            redirect.addFlashAttribute("flash", "courses.attendanceSaved");
            return "redirect:/courses/" + id + "#sessions";
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, REFUSED, e));
            return "redirect:/courses/" + id + "/sessions/" + sessionId + "/attendance";
        }
    }

    @PostMapping("/{id}/lottery")
    String draw(@PathVariable long id, RedirectAttributes redirect) {
        try {
            courses.draw(new CourseId(id));
            redirect.addFlashAttribute("flash", "courses.drawn");
            return "redirect:/courses/" + id + "/lottery";
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", PageSteps.refusal(messages, REFUSED, e));
            return "redirect:/courses/" + id;
        }
    }

    @GetMapping("/{id}/lottery")
    String lottery(@PathVariable long id, Model model) {
        CourseId courseId = new CourseId(id);
        model.addAttribute("course", courses.get(courseId));
        model.addAttribute("lottery", courses.lottery(courseId).orElse(null));
        return "courses/lottery";
    }

    /** The draw's order as its record page shows it to the viewer (names masked for all but those who run it). */
    @GetMapping("/{id}/lottery/export")
    ResponseEntity<byte[]> exportLottery(@PathVariable long id) {
        CourseId courseId = new CourseId(id);
        CourseView course = courses.get(courseId);
        List<LotteryRecord.Pick> picks = courses.lottery(courseId).map(LotteryRecord::picks).orElse(List.of());
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<LotteryRecord.Pick>sheet("抽签 " + course.title())
                .column("顺位 Position", LotteryRecord.Pick::position)
                .column("报名人 Entrant", LotteryRecord.Pick::name)
                .column("结果 Outcome", p -> messages.getMessage("courses.lottery.outcome." + p.outcome(), null,
                        p.outcome(), locale))
                .download("course-" + id + "-lottery", picks);
    }

    private static String keepErrors(long id, String name, Object form, BindingResult result, RedirectAttributes redirect) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return "redirect:/courses/" + id + "#" + name;
    }


    private String courseForm(Model model) {
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("rules", EnrolmentRule.values());
        model.addAttribute("careTags", CareTag.values());
        return "courses/form";
    }
}
