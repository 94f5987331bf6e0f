package org.civicgrid.notices.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civicgrid.notices.StaffOnly;
import org.civicgrid.notices.GuideManagement;
import org.civicgrid.notices.GuideManagement.WriteGuide;
import org.civicgrid.notices.GuideView;
import org.civicgrid.notices.ServiceType;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.export.ExcelExport;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 办事指南管理 — staff keep their region's service guides. */
@Controller
@RequestMapping("/guides")
class GuideController {

    record GuideForm(@NotBlank @Size(max = 200) String title, ServiceType serviceType, @Size(max = 1000) String summary,
            @Size(max = 4000) String materials, @Size(max = 300) String location, @Size(max = 200) String hours,
            @Size(max = 40) String phone, @Size(max = 4000) String steps) {

        static GuideForm empty() {
            return new GuideForm("", null, "", "", "", "", "", "");
        }

        static GuideForm of(GuideView g) {
            return new GuideForm(g.title(), g.serviceType(), g.summary(), String.join("\n", g.materials()), g.location(),
                    g.hours(), g.phone(), g.steps());
        }

        WriteGuide command() {
            return new WriteGuide(title, serviceType == null ? null : serviceType.name(), summary, materials, location,
                    hours, phone, steps, null);
        }
    }

    private final GuideManagement guides;

    GuideController(GuideManagement guides) {
        this.guides = guides;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("guides", guides.mine());
        return "notices/guides-manage";
    }

    /** The region's guides as a workbook. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return ExcelExport.<GuideView>sheet("办事指南")
                .column("指南 Guide", GuideView::title)
                .column("事项 Service", g -> g.serviceType() == null ? "" : g.serviceType().name())
                .column("区域 Region", GuideView::regionName)
                .column("办理地点 Where", GuideView::location)
                .column("办理时间 Hours", GuideView::hours)
                .column("电话 Phone", GuideView::phone)
                .column("所需材料 Materials", g -> String.join("；", g.materials()))
                .column("更新时间 Updated", GuideView::updatedAt)
                .download("guides", guides.mine());
    }

    @GetMapping("/new")
    String newGuide(Model model) {
        StaffOnly.require("Only community workers and officials write service guides");
        model.addAttribute("form", GuideForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") GuideForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", GuideForm.of(guides.toEdit(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") GuideForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(id, form, result, model, redirect);
    }

    private String save(Long id, GuideForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        StaffOnly.require("Only community workers and officials write service guides");   // before the form is shown again with its errors
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            if (id == null) {
                guides.create(form.command());
            } else {
                guides.update(id, form.command());
            }
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "guides.saved");
        return "redirect:/guides";
    }

    private String form(Model model, Long id) {
        model.addAttribute("guideId", id);
        model.addAttribute("serviceTypes", ServiceType.values());
        return "notices/guide-form";
    }
}
