package org.civicgrid.residents.web;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.residents.HouseholdCriteria;
import org.civicgrid.residents.HouseholdDetails;
import org.civicgrid.residents.HouseholdFields;
import org.civicgrid.residents.HouseholdId;
import org.civicgrid.residents.HouseholdManagement;
import org.civicgrid.residents.ResidentManagement;
import org.civicgrid.residents.VisitManagement;
import org.civicgrid.residents.internal.Callers;
import org.civicgrid.residents.internal.ResidentAccessPolicy;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 住户 pages: the list, a household with its members and visits, and the form. */
@Controller
@RequestMapping("/households")
class HouseholdController {

    record HouseholdForm(String address, Long compoundId, Long gridId, String notes, Long version) {

        static HouseholdForm empty(Long gridId) {
            return new HouseholdForm("", null, gridId, "", null);
        }

        static HouseholdForm of(HouseholdDetails h) {
            return new HouseholdForm(h.address(), h.compoundId(), h.compoundId() == null ? h.gridId() : null,
                    h.notes(), h.version());
        }

        HouseholdFields fields() {
            return new HouseholdFields(address, compoundId, gridId, notes);
        }
    }

    private final HouseholdManagement households;
    private final ResidentManagement residents;
    private final VisitManagement visits;

    HouseholdController(HouseholdManagement households, ResidentManagement residents, VisitManagement visits) {
        this.households = households;
        this.residents = residents;
        this.visits = visits;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String address, @RequestParam(required = false) Long grid,
            @PageableDefault(size = 30) Pageable pageable, Model model) {
        model.addAttribute("page", households.search(new HouseholdCriteria(address, grid), pageable));
        model.addAttribute("address", address);
        model.addAttribute("grid", grid);
        model.addAttribute("grids", households.grids());
        model.addAttribute("canEdit", ResidentAccessPolicy.mayEdit(CurrentUsers.require()));
        return "residents/households";
    }

    /** The filtered list as a workbook, every page of it. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String address,
            @RequestParam(required = false) Long grid) {
        HouseholdCriteria criteria = new HouseholdCriteria(address, grid);
        return ExcelExport.<HouseholdDetails>sheet("households")
                .column("住址 Address", HouseholdDetails::address)
                .column("小区 Compound", HouseholdDetails::compoundName)
                .column("网格 Grid", HouseholdDetails::gridName)
                .column("社区 Community", HouseholdDetails::communityName)
                .column("人数 People", HouseholdDetails::members)
                .download("households", ExcelExport.allPages(p -> households.search(criteria, p)));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int visitPage, Model model) {
        HouseholdId household = new HouseholdId(id);
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("household", households.get(household));
        model.addAttribute("members", residents.members(household));
        model.addAttribute("visits", visits.forHousehold(household, PageRequest.of(Math.max(0, visitPage), 20)));
        model.addAttribute("canEdit", ResidentAccessPolicy.mayEdit(me));
        model.addAttribute("canVisit", ResidentAccessPolicy.mayLogVisits(me));
        return "residents/household";
    }

    @GetMapping("/new")
    String newHousehold(Model model) {
        CurrentUser me = Callers.editing();
        // a grid worker's household lies in their own grid
        Long grid = households.grids().stream().filter(g -> g.id() == me.regionId()).findFirst()
                .map(g -> g.id()).orElse(null);
        model.addAttribute("form", HouseholdForm.empty(grid));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        HouseholdDetails created;
        try {
            created = households.register(form.fields());
        } catch (InvalidInputException e) {
            PageErrors.apply(e, result);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "households.created");
        return "redirect:/households/" + created.id();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Callers.editing();
        model.addAttribute("form", HouseholdForm.of(households.get(new HouseholdId(id))));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") HouseholdForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            households.update(new HouseholdId(id), form.fields(), form.version());
        } catch (InvalidInputException e) {
            PageErrors.apply(e, result);
            return form(model, id);
        } catch (ConflictException e) {
            PageErrors.apply(e, result, null);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "households.updated");
        return "redirect:/households/" + id;
    }

    private String form(Model model, Long householdId) {
        model.addAttribute("householdId", householdId);
        model.addAttribute("grids", households.grids());
        model.addAttribute("compounds", households.compounds());
        return "residents/household-form";
    }
}
