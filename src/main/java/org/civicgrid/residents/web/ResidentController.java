package org.civicgrid.residents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;
import org.civicgrid.residents.HouseholdId;
import org.civicgrid.residents.HouseholdManagement;
import org.civicgrid.residents.IdNumberPolicy;
import org.civicgrid.residents.ResidentCriteria;
import org.civicgrid.residents.ResidentDetails;
import org.civicgrid.residents.ResidentFields;
import org.civicgrid.residents.ResidentId;
import org.civicgrid.residents.ResidentManagement;
import org.civicgrid.residents.ResidentSummary;
import org.civicgrid.residents.VisitManagement;
import org.civicgrid.residents.internal.Callers;
import org.civicgrid.residents.internal.ResidentAccessPolicy;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 居民档案 pages: the filtered list and its export, a resident's page with visits, and the forms. */
@Controller
@RequestMapping("/residents")
class ResidentController {

    /** The resident form; {@code version} is the one the worker opened, to catch someone else's change. */
    record ResidentForm(Long householdId, String name, Gender gender,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, String idNumber, String phone,
            Set<CareTag> careTags, String notes, String healthNotes, Long userId, Long version) {

        static ResidentForm forHousehold(long householdId) {
            return new ResidentForm(householdId, "", null, null, "", "", Set.of(), "", "", null, null);
        }

        static ResidentForm of(ResidentDetails r) {
            return new ResidentForm(r.householdId(), r.name(), r.gender(), r.birthDate(), r.idNumber(), r.phone(),
                    r.careTags(), r.notes(), r.healthNotes(), r.userId(), r.version());
        }

        ResidentFields fields() {
            return new ResidentFields(householdId, name, gender, birthDate, idNumber, phone, careTags, notes,
                    healthNotes, userId);
        }
    }

    private final ResidentManagement residents;
    private final HouseholdManagement households;
    private final VisitManagement visits;
    private final MessageSource messages;

    ResidentController(ResidentManagement residents, HouseholdManagement households, VisitManagement visits,
            MessageSource messages) {
        this.residents = residents;
        this.households = households;
        this.visits = visits;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CareTag tag,
            @RequestParam(required = false) Long grid, @PageableDefault(size = 30) Pageable pageable, Model model) {
        model.addAttribute("page", residents.search(criteria(q, tag, grid), pageable));
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("grid", grid);
        model.addAttribute("tags", CareTag.values());
        model.addAttribute("grids", households.grids());
        return "residents/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) CareTag tag, @RequestParam(required = false) Long grid) {
        List<ResidentSummary> rows = residents.export(criteria(q, tag, grid));
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<ResidentSummary>sheet("residents")
                .column("姓名 Name", ResidentSummary::name)
                .column("性别 Gender", r -> messages.getMessage("residents.gender." + r.gender(), null, locale))
                .column("出生日期 Date of birth", ResidentSummary::birthDate)
                .column("年龄 Age", ResidentSummary::age)
                .column("身份证号 ID number", ResidentSummary::idNumber)
                .column("联系电话 Phone", ResidentSummary::phone)
                .column("重点人群 Care tags", r -> r.careTags().stream().sorted()
                        .map(t -> messages.getMessage("residents.tag." + t, null, locale))
                        .collect(Collectors.joining("、")))
                .column("住址 Address", ResidentSummary::address)
                .column("网格 Grid", ResidentSummary::gridName)
                .column("社区 Community", ResidentSummary::communityName)
                .download("residents", rows);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int visitPage, Model model) {
        ResidentDetails resident = residents.get(new ResidentId(id));
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("resident", resident);
        model.addAttribute("members", residents.members(new HouseholdId(resident.householdId())).stream()
                .filter(m -> m.id() != resident.id()).toList());
        model.addAttribute("visits", visits.forResident(new ResidentId(id), PageRequest.of(Math.max(0, visitPage), 20)));
        model.addAttribute("canEdit", ResidentAccessPolicy.mayEdit(me));
        model.addAttribute("canVisit", ResidentAccessPolicy.mayLogVisits(me));
        return "residents/detail";
    }

    @GetMapping("/new")
    String newResident(@RequestParam(required = false) Long household, Model model) {
        Callers.editing();
        if (household == null) {
            return "redirect:/households";
        }
        households.get(new HouseholdId(household));
        model.addAttribute("form", ResidentForm.forHousehold(household));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ResidentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        ResidentDetails created;
        try {
            created = residents.register(form.fields());
        } catch (InvalidInputException e) {
            PageErrors.apply(e, result);
            return form(model, null);
        } catch (ConflictException e) {
            PageErrors.apply(e, result, "id-number-registered".equals(e.type()) ? "id_number" : null);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "residents.created");
        return "redirect:/residents/" + created.id();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Callers.editing();
        model.addAttribute("form", ResidentForm.of(residents.get(new ResidentId(id))));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ResidentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            residents.update(new ResidentId(id), form.fields(), form.version());
        } catch (InvalidInputException e) {
            PageErrors.apply(e, result);
            return form(model, id);
        } catch (ConflictException e) {
            PageErrors.apply(e, result, "id-number-registered".equals(e.type()) ? "id_number" : null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "residents.updated");
        return "redirect:/residents/" + id;
    }

    /** @param residentId the resident being changed, or null for a new one */
    private String form(Model model, Long residentId) {
        model.addAttribute("residentId", residentId);
        model.addAttribute("tags", CareTag.values());
        model.addAttribute("genders", Gender.values());
        return "residents/form";
    }

    /** The search box takes a name or, when it looks like one, an exact ID number. */
    private static ResidentCriteria criteria(String q, CareTag tag, Long grid) {
        String query = q == null || q.isBlank() ? null : q.strip();
        boolean idNumber = query != null && IdNumberPolicy.wellFormed(IdNumberPolicy.normalise(query));
        return new ResidentCriteria(idNumber ? null : query, tag, grid, null, idNumber ? query : null);
    }
}
