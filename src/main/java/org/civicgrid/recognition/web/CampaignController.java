package org.civicgrid.recognition.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.recognition.CampaignKind;
import org.civicgrid.recognition.CampaignManagement;
import org.civicgrid.recognition.CampaignManagement.CreateCampaign;
import org.civicgrid.recognition.CampaignManagement.NewCandidate;
import org.civicgrid.recognition.CampaignView;
import org.civicgrid.recognition.VoteRule;
import org.civicgrid.recognition.VotingFloodedException;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.shared.web.FormErrors;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.shared.web.PageSteps;
import java.util.Locale;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评议投票 — residents vote on a phone; officials and community workers run campaigns and publish results. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private static final String LOCAL = "yyyy-MM-dd'T'HH:mm";

    /** Candidates one per line: 姓名｜类别｜来自哪里｜事迹 (only the name is required). */
    record CampaignForm(@NotBlank @Size(max = 200) String title, @NotNull CampaignKind kind,
            @Size(max = 4000) String description, @NotNull @DateTimeFormat(pattern = LOCAL) LocalDateTime opensAt,
            @NotNull @DateTimeFormat(pattern = LOCAL) LocalDateTime closesAt, @NotNull VoteRule rule,
            @Min(1) @Max(100) Integer votesAllowed, @NotBlank @Size(max = 40000) String candidates) {

        static CampaignForm empty(LocalDateTime now) {
            LocalDateTime start = now.toLocalDate().plusDays(1).atStartOfDay();
            return new CampaignForm("", CampaignKind.BEST_NEIGHBOUR, "", start, start.plusDays(16), VoteRule.ONE_PER_DAY,
                    1, "");
        }

        List<NewCandidate> parsed() {
            List<NewCandidate> out = new ArrayList<>();
            for (String line : candidates.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[|｜]", 4);
                out.add(new NewCandidate(part(parts, 0), part(parts, 1), part(parts, 3), part(parts, 2)));
            }
            return out;
        }

        private static String part(String[] parts, int i) {
            return parts.length > i && !parts[i].isBlank() ? parts[i].strip() : null;
        }
    }

    /** Refusals are shown in words: the message {@value} + the problem type. */
    private static final String REFUSED = "campaigns.refused.";

    private final CampaignManagement campaigns;
    private final MessageSource messages;
    private final Clock clock;

    CampaignController(CampaignManagement campaigns, MessageSource messages, Clock clock) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavItem campaignsNav() {
        return new NavItem("public", "nav.campaigns", "/campaigns", Set.of(), 30);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@PageableDefault(size = 20, sort = "opensAt", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        CurrentUser me = CurrentUsers.require();
        model.addAttribute("page", campaigns.search(pageable));
        model.addAttribute("now", clock.instant());
        model.addAttribute("staff", me.isStaff());
        return "recognition/list";
    }

    /** The campaigns the list shows as a workbook, every page of it. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<CampaignView>sheet("评议投票")
                .column("评议 Campaign", CampaignView::title)
                .column("类别 Kind", c -> messages.getMessage("campaigns.kind." + c.kind(), null, String.valueOf(c.kind()),
                        locale))
                .column("开始 Opens", CampaignView::opensAt)
                .column("截止 Closes", CampaignView::closesAt)
                .column("候选人数 Candidates", c -> c.candidates().size())
                .column("结果公布 Results published", CampaignView::resultsPublishedAt)
                .download("campaigns", ExcelExport.allPages(Sort.by(Sort.Direction.DESC, "opensAt"), campaigns::search));
    }

    @GetMapping("/new")
    String newCampaign(Model model) {
        if (!CurrentUsers.require().isStaff()) {
            throw new org.civicgrid.shared.ForbiddenException("Only officials and community workers run campaigns");
        }
        model.addAttribute("form", CampaignForm.empty(LocalDateTime.now(TimeConfiguration.ZONE)));
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            CampaignView c = campaigns.create(new CreateCampaign(form.title(),
                    form.opensAt().atZone(TimeConfiguration.ZONE).toOffsetDateTime(),
                    form.closesAt().atZone(TimeConfiguration.ZONE).toOffsetDateTime(), form.rule().name(),
                    form.votesAllowed(), form.parsed(), form.description(), form.kind().name(), null));
            redirect.addFlashAttribute("flash", "campaigns.created");
            return "redirect:/campaigns/" + c.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser me = CurrentUsers.require();
        CampaignView campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("results", campaigns.results(id));
        model.addAttribute("myVotes", campaigns.myVotes(id));
        model.addAttribute("now", clock.instant());
        model.addAttribute("resident", me.has(Role.RESIDENT));
        model.addAttribute("manages", campaigns.canManage(id));
        return "recognition/detail";
    }

    @PostMapping("/{id}/candidates/{candidateId}/vote")
    String vote(@PathVariable long id, @PathVariable long candidateId, HttpServletRequest request,
            RedirectAttributes redirect) {
        step(redirect, "campaigns.voted", () -> campaigns.vote(id, candidateId, request.getRemoteAddr()));
        return "redirect:/campaigns/" + id + "#candidate-" + candidateId;
    }

    @PostMapping("/{id}/candidates")
    String addCandidate(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String category,
            @RequestParam(required = false) String origin, @RequestParam(required = false) String story,
            RedirectAttributes redirect) {
        step(redirect, "campaigns.candidateAdded",
                () -> campaigns.addCandidate(id, new NewCandidate(name, category, story, origin)));
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/candidates/{candidateId}/photo")
    String photo(@PathVariable long id, @PathVariable long candidateId, @RequestParam("photo") MultipartFile photo,
            RedirectAttributes redirect) {
        step(redirect, "campaigns.photoSaved", () -> campaigns.attachPhoto(id, candidateId, photo));
        return "redirect:/campaigns/" + id + "#candidate-" + candidateId;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        step(redirect, "campaigns.published", () -> campaigns.publishResults(id));
        return "redirect:/campaigns/" + id;
    }



    private String form(Model model) {
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("rules", VoteRule.values());
        return "recognition/form";
    }

    private void step(RedirectAttributes redirect, String flash, Runnable action) {
        PageSteps.attempt(redirect, flash, action, messages, REFUSED);
    }
}
