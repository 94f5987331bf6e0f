package org.civicgrid.residents.web;

import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.civicgrid.residents.HouseholdDetails;
import org.civicgrid.residents.HouseholdId;
import org.civicgrid.residents.HouseholdManagement;
import org.civicgrid.residents.LogVisit;
import org.civicgrid.residents.ResidentId;
import org.civicgrid.residents.ResidentManagement;
import org.civicgrid.residents.ResidentSummary;
import org.civicgrid.residents.VisitManagement;
import org.civicgrid.residents.internal.Callers;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.residents.VisitRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 走访 pages: the list of visits in the worker's region, and the "log a visit" form — one task on one
 * page, big fields, a camera-ready photo input — that a grid worker fills in on a phone at the door.
 */
@Controller
class VisitController {

    /** The visit form; the time is the platform's local time (Asia/Shanghai), empty for now. */
    record VisitForm(@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime visitedAt, String findings,
            Boolean followUpNeeded, String followUp, MultipartFile photo) {

        static VisitForm empty() {
            return new VisitForm(null, "", false, "", null);
        }

        LogVisit command() {
            return new LogVisit(visitedAt == null ? null : visitedAt.atZone(TimeConfiguration.ZONE).toInstant(),
                    findings, Boolean.TRUE.equals(followUpNeeded), followUp);
        }
    }

    private final VisitManagement visits;
    private final ResidentManagement residents;
    private final HouseholdManagement households;

    VisitController(VisitManagement visits, ResidentManagement residents, HouseholdManagement households) {
        this.visits = visits;
        this.residents = residents;
        this.households = households;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/visits")
    String list(@RequestParam(defaultValue = "false") boolean followUp, @RequestParam(defaultValue = "false") boolean mine,
            @PageableDefault(size = 30) Pageable pageable, Model model) {
        model.addAttribute("page", visits.inScope(followUp, mine, pageable));
        model.addAttribute("followUp", followUp);
        model.addAttribute("mine", mine);
        return "residents/visits";
    }

    /** The filtered list as a workbook, every page of it. */
    @GetMapping("/visits/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "false") boolean followUp,
            @RequestParam(defaultValue = "false") boolean mine) {
        return ExcelExport.<VisitRecord>sheet("visits")
                .column("走访时间 Visited at", VisitRecord::visitedAt)
                .column("走访对象 Visited", v -> v.residentName() == null ? "" : v.residentName())
                .column("住址 Address", VisitRecord::address)
                .column("走访情况 Findings", VisitRecord::findings)
                .column("需跟进 Follow-up needed", v -> v.followUpNeeded() ? "是 yes" : "")
                .column("跟进事项 Follow-up", VisitRecord::followUp)
                .column("走访人 Visited by", VisitRecord::visitorName)
                .download("visits", ExcelExport.allPages(p -> visits.inScope(followUp, mine, p)));
    }

    @GetMapping("/residents/{id}/visits/new")
    String newForResident(@PathVariable long id, Model model) {
        Callers.visiting();
        model.addAttribute("form", VisitForm.empty());
        return forResident(id, model);
    }

    @PostMapping("/residents/{id}/visits")
    String logForResident(@PathVariable long id, @ModelAttribute("form") VisitForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return save(result, redirect, () -> visits.log(new ResidentId(id), form.command(), form.photo()),
                () -> forResident(id, model), "/residents/" + id);
    }

    @GetMapping("/households/{id}/visits/new")
    String newForHousehold(@PathVariable long id, Model model) {
        Callers.visiting();
        model.addAttribute("form", VisitForm.empty());
        return forHousehold(id, model);
    }

    @PostMapping("/households/{id}/visits")
    String logForHousehold(@PathVariable long id, @ModelAttribute("form") VisitForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return save(result, redirect, () -> visits.logForHousehold(new HouseholdId(id), form.command(), form.photo()),
                () -> forHousehold(id, model), "/households/" + id);
    }

    /** One service call; on refusal the form again with its errors, else back to the page the visit belongs to. */
    private static String save(BindingResult result, RedirectAttributes redirect, Runnable log, Supplier<String> form,
            String back) {
        if (result.hasErrors()) {
            return form.get();
        }
        try {
            log.run();
        } catch (InvalidInputException e) {
            PageErrors.apply(e, result);
            return form.get();
        }
        redirect.addFlashAttribute("flash", "visits.logged");
        return "redirect:" + back;
    }

    private String forResident(long id, Model model) {
        // the masked summary says whom the visit is for without an audited full view
        ResidentSummary resident = residents.summary(new ResidentId(id));
        model.addAttribute("resident", resident);
        model.addAttribute("action", "/residents/" + id + "/visits");
        model.addAttribute("back", "/residents/" + id);
        model.addAttribute("target", resident.name() + " · " + resident.address());
        return "residents/visit-form";
    }

    private String forHousehold(long id, Model model) {
        HouseholdDetails household = households.get(new HouseholdId(id));
        model.addAttribute("household", household);
        model.addAttribute("action", "/households/" + id + "/visits");
        model.addAttribute("back", "/households/" + id);
        model.addAttribute("target", household.address());
        return "residents/visit-form";
    }
}
