package org.civicgrid.enforcement.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.EnforcementCatalogue;
import org.civicgrid.enforcement.EnforcementCatalogue.AddRoad;
import org.civicgrid.enforcement.EnforcementCatalogue.ViolationTypeCommand;
import org.civicgrid.enforcement.ViolationTypeView;
import org.civicgrid.enforcement.internal.EnforcementPolicy;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.enforcement.RoadView;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.PageRequest;
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

/** The violation list (officials edit it) and the roads (officers and officials add them). */
@Controller
@RequestMapping("/enforcement")
class CatalogueController {

    record TypeForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn, @NotNull EnforcementAction defaultAction,
            @Size(max = 100) String caseCategoryCode, @NotNull @Min(0) Integer sortOrder, Boolean active, Long version) {

        static TypeForm of(ViolationTypeView t) {
            return new TypeForm(t.code(), t.nameZh(), t.nameEn(), t.defaultAction(), t.caseCategoryCode(), t.sortOrder(),
                    t.active(), t.version());
        }

        ViolationTypeCommand toCommand() {
            return new ViolationTypeCommand(code, nameZh, nameEn, defaultAction, caseCategoryCode, sortOrder,
                    Boolean.TRUE.equals(active), version);
        }
    }

    record RoadForm(@NotBlank @Size(max = 100) String name, Long regionId, Double lat, Double lng,
            @Size(max = 20000) String geometry) {}

    private final EnforcementCatalogue catalogue;
    private final Regions regions;

    CatalogueController(EnforcementCatalogue catalogue, Regions regions) {
        this.catalogue = catalogue;
        this.regions = regions;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/violation-types")
    String types(Model model) {
        model.addAttribute("types", catalogue.violationTypes(true));
        model.addAttribute("canEdit", EnforcementPolicy.mayEditViolationTypes(CurrentUsers.require()));
        return "enforcement/types";
    }

    /** The catalogue of violation types as a workbook. */
    @GetMapping("/violation-types/export")
    ResponseEntity<byte[]> exportTypes() {
        return ExcelExport.<ViolationTypeView>sheet("违规类型")
                .column("代码 Code", ViolationTypeView::code)
                .column("名称 Name", ViolationTypeView::nameZh)
                .column("英文名称 English name", ViolationTypeView::nameEn)
                .column("默认处理 Default action", t -> t.defaultAction().name())
                .column("案件类别 Case category", ViolationTypeView::caseCategoryCode)
                .column("排序 Order", ViolationTypeView::sortOrder)
                .column("启用 Active", t -> t.active() ? "是 yes" : "否 no")
                .download("violation-types", catalogue.violationTypes(true));
    }

    @GetMapping("/violation-types/new")
    String newType(Model model) {
        requireEditor();
        model.addAttribute("form", new TypeForm("", "", "", EnforcementAction.WARNED, "", 200, true, null));
        model.addAttribute("creating", true);
        return typeForm(model);
    }

    @PostMapping("/violation-types")
    String createType(@Valid @ModelAttribute("form") TypeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireEditor();
        model.addAttribute("creating", true);
        if (result.hasErrors()) {
            return typeForm(model);
        }
        try {
            catalogue.addViolationType(form.toCommand());
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return typeForm(model);
        } catch (ConflictException e) {
            result.rejectValue("code", "taken", e.detail());
            return typeForm(model);
        }
        redirect.addFlashAttribute("flash", "enforcement.types.saved");
        return "redirect:/enforcement/violation-types";
    }

    @GetMapping("/violation-types/{code}/edit")
    String editType(@PathVariable String code, Model model) {
        requireEditor();
        model.addAttribute("form", TypeForm.of(catalogue.violationType(code)));
        model.addAttribute("creating", false);
        return typeForm(model);
    }

    @PostMapping("/violation-types/{code}")
    String updateType(@PathVariable String code, @Valid @ModelAttribute("form") TypeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireEditor();
        model.addAttribute("creating", false);
        if (result.hasErrors()) {
            return typeForm(model);
        }
        try {
            catalogue.updateViolationType(code, form.toCommand());
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return typeForm(model);
        }
        redirect.addFlashAttribute("flash", "enforcement.types.saved");
        return "redirect:/enforcement/violation-types";
    }

    @GetMapping("/roads")
    String roads(@RequestParam(required = false) String name, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", catalogue.roads(name, PageRequest.of(Math.max(0, page), 30)));
        model.addAttribute("name", name);
        model.addAttribute("canAdd", EnforcementPolicy.mayRecord(CurrentUsers.require()));
        return "enforcement/roads";
    }

    /** The roads the list shows (with its name filter) as a workbook, every page of it. */
    @GetMapping("/roads/export")
    ResponseEntity<byte[]> exportRoads(@RequestParam(required = false) String name) {
        return ExcelExport.<RoadView>sheet("道路")
                .column("道路 Road", RoadView::name)
                .column("区域 Region", RoadView::regionName)
                .column("纬度 Latitude", RoadView::lat)
                .column("经度 Longitude", RoadView::lng)
                .download("roads", ExcelExport.allPages(p -> catalogue.roads(name, p)));
    }

    @GetMapping("/roads/new")
    String newRoad(Model model) {
        if (!EnforcementPolicy.mayRecord(CurrentUsers.require())) {
            throw new ForbiddenException("Only enforcement officers and officials add roads");
        }
        model.addAttribute("form", new RoadForm("", CurrentUsers.require().regionId(), null, null, ""));
        return roadForm(model);
    }

    @PostMapping("/roads")
    String createRoad(@Valid @ModelAttribute("form") RoadForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return roadForm(model);
        }
        try {
            catalogue.addRoad(new AddRoad(form.name(), form.regionId(), form.lat(), form.lng(), form.geometry()));
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return roadForm(model);
        } catch (ConflictException e) {
            result.rejectValue("name", "taken", e.detail());
            return roadForm(model);
        }
        redirect.addFlashAttribute("flash", "enforcement.roads.saved");
        return "redirect:/enforcement/roads";
    }

    private static void requireEditor() {
        if (!EnforcementPolicy.mayEditViolationTypes(CurrentUsers.require())) {
            throw new ForbiddenException("Only officials edit the violation list");
        }
    }

    private String typeForm(Model model) {
        model.addAttribute("actions", EnforcementAction.values());
        return "enforcement/type-form";
    }

    private String roadForm(Model model) {
        model.addAttribute("regionOptions", RegionChoices.of(regions, CurrentUsers.require(),
                java.util.Set.of(org.civicgrid.region.RegionLevel.DISTRICT, org.civicgrid.region.RegionLevel.STREET)));
        return "enforcement/road-form";
    }
}
