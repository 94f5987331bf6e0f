package org.civicgrid.volunteering.web;

import java.util.Locale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.volunteering.ActivityManagement;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.PartyMemberDuty;
import org.civicgrid.volunteering.ServiceProjects;
import org.civicgrid.volunteering.ServiceRecords;
import org.civicgrid.volunteering.ServiceRecords.IssuedCertificate;
import org.civicgrid.volunteering.VolunteerManagement;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.volunteering.Views.ActivityView;
import org.civicgrid.volunteering.Views.DutyLine;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 志愿服务 pages: activities and sign-up, check-in on a phone, the organiser's roster, my hours and certificate. */
@Controller
class VolunteeringController {

    record RegisterForm(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 50) String name,
            @jakarta.validation.constraints.NotNull org.civicgrid.volunteering.IdType idType,
            @jakarta.validation.constraints.Size(max = 40) String idNumber,
            @jakarta.validation.constraints.Size(max = 30) String phone,
            @jakarta.validation.constraints.Size(max = 300) String skills,
            @jakarta.validation.constraints.Size(max = 500) String availability) {}

    private final ActivityManagement activities;
    private final VolunteerManagement volunteers;
    private final ServiceRecords records;
    private final PartyMemberDuty duty;
    private final ServiceProjects projects;
    private final MessageSource messages;
    private final org.civicgrid.region.Regions regions;

    VolunteeringController(ActivityManagement activities, VolunteerManagement volunteers, ServiceRecords records,
            PartyMemberDuty duty, ServiceProjects projects, MessageSource messages, org.civicgrid.region.Regions regions) {
        this.messages = messages;
        this.regions = regions;
        this.activities = activities;
        this.volunteers = volunteers;
        this.records = records;
        this.duty = duty;
        this.projects = projects;
    }

    @Bean
    static NavItem volunteeringNav() {
        return new NavItem("work", "nav.volunteering.activities", "/volunteering", Set.of(), 45);
    }

    @Bean
    static NavItem volunteeringMeNav() {
        return new NavItem("work", "nav.volunteering.me", "/volunteering/me", Set.of("VOLUNTEER"), 46);
    }

    @Bean
    static NavItem volunteeringDutyNav() {
        return new NavItem("city", "nav.volunteering.duty", "/volunteering/duty", Set.of("PLATFORM_ADMIN",
                "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER"), 45);
    }

    @GetMapping("/volunteering")
    String activities(@RequestParam(required = false) ActivityType type,
            @PageableDefault(size = 30, sort = "startsAt", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
        model.addAttribute("page", activities.search(type, java.time.Instant.now(), null, pageable));
        model.addAttribute("type", type);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("projects", projects.search(Pageable.ofSize(10)).getContent());
        model.addAttribute("staff", org.civicgrid.access.CurrentUsers.require().isStaff());
        return "volunteering/activities";
    }

    @GetMapping("/volunteering/activities/{id}")
    String activity(@PathVariable long id, Model model) {
        var a = activities.get(id);
        model.addAttribute("a", a);
        model.addAttribute("placeGeo", a.lat() == null ? null : """
                {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",
                "coordinates":[%s,%s]},"properties":{"name":%s,"color":"#9e1b1b"}}]}"""
                .formatted(a.lng(), a.lat(), quoted(a.place())));
        model.addAttribute("mine", activities.mySignUp(id).orElse(null));
        model.addAttribute("registered", volunteers.mine().isPresent());
        boolean organiser = activities.organises(id);
        model.addAttribute("organiser", organiser);
        model.addAttribute("roster", organiser ? activities.roster(id) : java.util.List.of());
        return "volunteering/activity";
    }

    @PostMapping("/volunteering/activities/{id}/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng, @RequestParam(required = false) Long signUpId,
            @RequestParam(required = false) Integer minutes, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            switch (action) {
                case "sign-up" -> activities.signUp(id);
                case "cancel" -> activities.cancel(id);
                case "check-in-here", "check-out-here" -> {
                    if (lat == null || lng == null) {
                        throw new org.civicgrid.shared.InvalidInputException("lat", "先点“使用我的位置”获取当前位置");
                    }
                    if (action.equals("check-in-here")) {
                        activities.checkInHere(id, lat, lng);
                    } else {
                        activities.checkOutHere(id, lat, lng);
                    }
                }
                case "check-in" -> activities.checkIn(id, signUpId, null);
                case "check-out" -> activities.checkOut(id, signUpId, null);
                case "correct" -> activities.correctHours(signUpId, minutes == null ? -1 : minutes, reason);
                default -> throw new org.civicgrid.shared.InvalidInputException("action", "unknown action");
            }
            redirect.addFlashAttribute("flash", "volunteering.done." + action);
        } catch (DomainException e) {
            if (e.status() != 409 && e.status() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", VolunteerRosterController.refusal(messages, e));
        }
        return "redirect:/volunteering/activities/" + id;
    }

    @GetMapping("/volunteering/me")
    String me(@RequestParam(required = false) YearMonth month, Model model) {
        var mine = volunteers.mine();
        model.addAttribute("volunteer", mine.orElse(null));
        if (mine.isEmpty() && !model.containsAttribute("form")) {
            model.addAttribute("form", new RegisterForm(org.civicgrid.access.CurrentUsers.require().displayName(),
                    org.civicgrid.volunteering.IdType.RESIDENT_ID_CARD, null, null, null, null));
        }
        model.addAttribute("idTypes", org.civicgrid.volunteering.IdType.values());
        if (mine.isPresent()) {
            model.addAttribute("record", records.mine());
            YearMonth m = month == null ? duty.currentMonth() : month;
            model.addAttribute("month", m);
            model.addAttribute("duty", duty.mine(m).orElse(null));
            model.addAttribute("organisations", records.minutesByOrganisation(mine.get().id()).keySet());
        }
        return "volunteering/me";
    }

    @org.springframework.web.bind.annotation.InitBinder("form")
    void binder(org.springframework.web.bind.WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** 志愿者注册 — the signed-in user registers themselves. */
    @PostMapping("/volunteering/me")
    String register(@jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("form") RegisterForm form,
            org.springframework.validation.BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                volunteers.register(new VolunteerManagement.RegisterVolunteer(form.name(), form.idType(), form.idNumber(),
                        form.phone(), org.civicgrid.access.CurrentUsers.require().id(), null,
                        form.skills() == null ? Set.of() : Set.of(form.skills().split("[,，、]")), form.availability(), null));
                redirect.addFlashAttribute("flash", "volunteering.registered");
                return "redirect:/volunteering/me";
            } catch (org.civicgrid.shared.InvalidInputException e) {
                org.civicgrid.shared.web.FormErrors.apply(e, result);
            } catch (org.civicgrid.shared.ConflictException e) {
                result.reject("taken", e.detail());
            }
        }
        return me(null, model);
    }

    @PostMapping("/volunteering/volunteers/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @RequestParam(required = false) String organisation) {
        IssuedCertificate c = records.issue(id, organisation);
        return pdf(c);
    }

    @GetMapping("/volunteering/certificates/{id}")
    ResponseEntity<byte[]> issued(@PathVariable long id) {
        return pdf(records.certificate(id));
    }

    @GetMapping("/volunteering/duty")
    String duty(@RequestParam(required = false) YearMonth month,
            @RequestParam(name = "community_id", required = false) Long communityId,
            @RequestParam(name = "unit_id", required = false) Long unitId, Model model) {
        YearMonth m = month == null ? duty.currentMonth() : month;
        var all = duty.board(m, communityId);
        var lines = all.stream().filter(l -> unitId == null || unitId.equals(l.unitId())).toList();
        model.addAttribute("month", m);
        model.addAttribute("communityId", communityId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("lines", lines);
        model.addAttribute("behind", lines.stream().filter(l -> l.behind()).count());
        model.addAttribute("byCommunity", DutyTally.byCommunity(lines));
        model.addAttribute("byUnit", DutyTally.byUnit(lines));
        var me = org.civicgrid.access.CurrentUsers.require();
        model.addAttribute("communities", regions.within(me.regionPath(), org.civicgrid.region.RegionLevel.COMMUNITY));
        return "volunteering/duty";
    }

    @GetMapping("/volunteering/projects/{id}")
    String project(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        var p = projects.get(id);
        LocalDate end = p.lastDay() == null ? LocalDate.now() : p.lastDay();
        LocalDate start = from == null ? end.minusDays(29) : from;
        model.addAttribute("p", p);
        model.addAttribute("years", projects.years(id));
        model.addAttribute("days", projects.days(id, start, start.plusDays(29)));
        model.addAttribute("from", start);
        model.addAttribute("staff", org.civicgrid.access.CurrentUsers.require().isStaff());
        return "volunteering/project";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
    }

    private static ResponseEntity<byte[]> pdf(IssuedCertificate c) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.certificate().number() + ".pdf").build().toString())
                .body(c.pdf());
    }
}
