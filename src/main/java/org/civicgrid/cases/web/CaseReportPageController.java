package org.civicgrid.cases.web;

import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.CaseSummary;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.cases.CaseView;
import org.civicgrid.cases.NewCase;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 上报 — report a problem on a phone: a photo, a pin on the map or "use my location", a category from the
 * catalogue, and whether the public may see who reported it; then "my reports", each with its timeline.
 */
@Controller
@RequestMapping("/cases")
class CaseReportPageController {

    record ReportForm(@NotBlank String categoryCode, @NotBlank @Size(max = 4000) String description,
            @NotNull Double lat, @NotNull Double lng, @Size(max = 300) String address, CaseUrgency urgency,
            Boolean anonymous) {}

    static final int MINE_PAGE_SIZE = 10;

    private final CaseManagement management;
    private final CaseCatalogue catalogue;
    private final MessageSource messages;
    private final ReportLimits limits;

    CaseReportPageController(CaseManagement management, CaseCatalogue catalogue, MessageSource messages,
            ReportLimits limits) {
        this.management = management;
        this.catalogue = catalogue;
        this.messages = messages;
        this.limits = limits;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/report")
    String form(Model model) {
        model.addAttribute("reportForm", new ReportForm(null, null, null, null, null, CaseUrgency.NORMAL, false));
        return form(model, CurrentUsers.require());
    }

    @PostMapping("/report")
    String report(@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser me = CurrentUsers.require();
        if (!result.hasErrors()) {
            try {
                limits.report(me, request.getRemoteAddr());
                for (int i = 0; i < chosen(photos); i++) {
                    limits.photo(me, request.getRemoteAddr());
                }
                List<String> stored = CasePageSupport.store(management, photos);
                CaseView created = management.report(new NewCase(form.categoryCode(), form.description(), form.lat(),
                        form.lng(), form.address(), form.urgency(), stored, Boolean.TRUE.equals(form.anonymous()), null, null));
                redirect.addFlashAttribute("flash", "cases.reported");
                return "redirect:/cases/" + created.id();
            } catch (TooManyRequestsException e) {
                // the form comes back as typed (photos must be chosen again, as after any refusal)
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
                FormErrors.reject(result, null, e.type(), messages.getMessage(CasePageSupport.REFUSAL_PREFIX + e.type(),
                        new Object[] {(e.retryAfterSeconds() + 59) / 60}, e.detail(), LocaleContextHolder.getLocale()));
            } catch (InvalidInputException e) {
                FormErrors.apply(e, result);
            } catch (DomainException e) {
                String words = messages.getMessage(CasePageSupport.REFUSAL_PREFIX + e.type(), null, e.detail(),
                        LocaleContextHolder.getLocale());
                FormErrors.reject(result, "outside-grids".equals(e.type()) ? "lat" : null, e.type(), words);
            }
        }
        return form(model, me);
    }

    /** 我的上报 — the signed-in person's reports, newest first, each with its timeline. */
    @GetMapping("/mine")
    String mine(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<CaseSummary> cases = management.mine(PageRequest.of(Math.max(0, page), MINE_PAGE_SIZE));
        model.addAttribute("page", cases);
        model.addAttribute("reports", cases.getContent().stream().map(c -> management.get(c.caseId())).toList());
        return "cases/mine";
    }

    private static int chosen(List<MultipartFile> photos) {
        return photos == null ? 0 : (int) photos.stream().filter(f -> f != null && !f.isEmpty()).count();
    }

    private String form(Model model, CurrentUser me) {
        model.addAttribute("categories", catalogue.fileable());
        model.addAttribute("urgencies", CaseUrgency.values());
        model.addAttribute("gridWorker", me.has(Role.GRID_WORKER));
        return "cases/report";
    }
}
