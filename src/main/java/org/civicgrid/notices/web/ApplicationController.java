package org.civicgrid.notices.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.notices.ApplicationManagement;
import org.civicgrid.notices.ApplicationManagement.Action;
import org.civicgrid.notices.ApplicationManagement.SubmitApplication;
import org.civicgrid.notices.ApplicationStatus;
import org.civicgrid.notices.ApplicationView;
import org.civicgrid.notices.ServiceType;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.NavItem;
import java.util.Locale;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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

/** 网上办事 — residents apply and follow their applications; workers work through the inbox. */
@Controller
@RequestMapping("/applications")
class ApplicationController {

    record ApplicationForm(@NotNull ServiceType serviceType, @NotBlank @Size(max = 100) String applicantName,
            @NotBlank @Size(max = 20) String phone, @Size(max = 300) String address,
            @NotBlank @Size(max = 4000) String details) {}

    private final ApplicationManagement applications;
    private final MessageSource messages;

    ApplicationController(ApplicationManagement applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @Bean
    static NavItem myApplicationsNav() {
        return new NavItem("public", "nav.applications.mine", "/applications", Set.of(), 14);
    }

    @Bean
    static NavItem applicationInboxNav() {
        return new NavItem("work", "nav.applications.inbox", "/applications/inbox", NoticeController.STAFF, 41);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String mine(@PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("page", applications.mine(pageable));
        return "notices/applications-mine";
    }

    @GetMapping("/new")
    String newApplication(@RequestParam(required = false) ServiceType type, Model model) {
        var me = CurrentUsers.require();
        model.addAttribute("form", new ApplicationForm(type == null ? ServiceType.RESIDENCE_CERTIFICATE : type,
                me.displayName(), "", "", ""));
        return form(model);
    }

    @PostMapping
    String submit(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            ApplicationView a = applications.submit(new SubmitApplication(form.serviceType().name(), form.applicantName(),
                    form.phone(), form.address(), form.details()));
            redirect.addFlashAttribute("flash", "applications.submitted");
            return "redirect:/applications/" + a.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return form(model);
        }
    }

    /** The inbox with its filter as a workbook, every page of it (phones masked, as on the page). */
    @GetMapping("/inbox/export")
    ResponseEntity<byte[]> exportInbox(@RequestParam(required = false) ApplicationStatus status) {
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<ApplicationView>sheet("网上办事")
                .column("编号 No.", ApplicationView::id)
                .column("申请事项 Service", a -> messages.getMessage("applications.type." + a.serviceType(), null,
                        String.valueOf(a.serviceType()), locale))
                .column("申请人 Applicant", ApplicationView::applicantName)
                .column("电话 Phone", ApplicationView::phone)
                .column("状态 Status", a -> messages.getMessage("applications.status." + a.status(), null,
                        String.valueOf(a.status()), locale))
                .column("提交时间 Submitted", ApplicationView::submittedAt)
                .column("更新时间 Updated", ApplicationView::updatedAt)
                .column("办理人 Handled by", ApplicationView::handledBy)
                .column("办理结果 Outcome", ApplicationView::outcome)
                .download("applications", ExcelExport.allPages(p -> applications.inbox(status, p)));
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) ApplicationStatus status, @PageableDefault(size = 30) Pageable pageable,
            Model model) {
        model.addAttribute("page", applications.inbox(status, pageable));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("waiting", applications.waiting());
        return "notices/applications-inbox";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        ApplicationView a = applications.get(id);
        var me = CurrentUsers.require();
        model.addAttribute("app", a);
        model.addAttribute("mine", a.submittedBy() == me.id());
        model.addAttribute("handles", me.isStaff() && me.canSee(a.regionPath()));
        return "notices/application-detail";
    }

    @PostMapping("/{id}/actions")
    String act(@PathVariable long id, @RequestParam Action action, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            applications.act(id, action, note);
            redirect.addFlashAttribute("flash", "applications.updated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.detail());
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        applications.withdraw(id);
        redirect.addFlashAttribute("flash", "applications.withdrawn");
        return "redirect:/applications/" + id;
    }

    private String form(Model model) {
        model.addAttribute("serviceTypes", ServiceType.values());
        return "notices/application-form";
    }
}
