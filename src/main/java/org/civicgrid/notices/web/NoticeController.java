package org.civicgrid.notices.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.notices.StaffOnly;
import org.civicgrid.notices.ArticleStatus;
import org.civicgrid.notices.ArticleView;
import org.civicgrid.notices.NoticeCategory;
import org.civicgrid.notices.NoticeManagement.WriteArticle;
import org.civicgrid.notices.NoticeManagement;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.files.UploadStore;
import org.civicgrid.shared.time.TimeConfiguration;
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

/** 信息发布管理 — staff write, schedule, pin and withdraw their region's news and notices. */
@Controller
@RequestMapping("/notices")
class NoticeController {

    static final Set<String> STAFF = Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL",
            "COMMUNITY_WORKER");

    /** How to publish: keep as a draft, publish now, or at a set time. */
    enum When { DRAFT, NOW, SCHEDULED }

    record ArticleForm(@NotNull NoticeCategory category, @NotBlank @Size(max = 200) String title,
            @Size(max = 500) String summary, @NotBlank String body, @Size(max = 100) String author, boolean pinned,
            @NotNull When when, @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime publishAt,
            Long regionId, String coverImage) {

        static ArticleForm empty() {
            return new ArticleForm(NoticeCategory.NEWS, "", "", "", "", false, When.NOW, null, null, null);
        }

        static ArticleForm of(ArticleView a) {
            When when = a.status() != ArticleStatus.PUBLISHED ? When.DRAFT : When.SCHEDULED;
            return new ArticleForm(a.category(), a.title(), a.summary(), a.bodyHtml(), a.author(), a.pinned(), when,
                    a.publishAt() == null ? null : LocalDateTime.ofInstant(a.publishAt(), TimeConfiguration.ZONE),
                    a.regionId(), a.coverImage());
        }
    }

    private final NoticeManagement notices;
    private final UploadStore uploads;
    private final Regions regions;

    private final MessageSource messages;

    NoticeController(NoticeManagement notices, UploadStore uploads, Regions regions, MessageSource messages) {
        this.messages = messages;
        this.notices = notices;
        this.uploads = uploads;
        this.regions = regions;
    }

    @Bean
    static NavItem noticesNav() {
        return new NavItem("work", "nav.notices.manage", "/notices", STAFF, 40);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ArticleStatus status,
            @PageableDefault(size = 30) Pageable pageable, Model model) {
        model.addAttribute("page", notices.search(q, status, pageable));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("now", notices.now());
        return "notices/manage-list";
    }

    /** The managed list with its filters as a workbook, every page of it. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) ArticleStatus status) {
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<ArticleView>sheet("通知公告")
                .column("标题 Title", ArticleView::title)
                .column("类别 Category", a -> messages.getMessage("notices.category." + a.category(), null,
                        String.valueOf(a.category()), locale))
                .column("区域 Region", ArticleView::regionName)
                .column("状态 Status", a -> messages.getMessage("notices.status." + a.status(), null,
                        String.valueOf(a.status()), locale))
                .column("发布时间 Publish at", ArticleView::publishAt)
                .column("置顶 Pinned", a -> a.pinned() ? "是 yes" : "")
                .column("作者 Author", ArticleView::author)
                .column("更新时间 Updated", ArticleView::updatedAt)
                .download("notices", ExcelExport.allPages(p -> notices.search(q, status, p)));
    }

    @GetMapping("/new")
    String newArticle(Model model) {
        StaffOnly.require("Only community workers and officials write notices");
        model.addAttribute("form", ArticleForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
            @RequestParam(name = "cover", required = false) MultipartFile cover, Model model, RedirectAttributes redirect) {
        return save(null, form, result, cover, model, redirect);
    }

    @GetMapping("/{id}")
    String preview(@PathVariable long id, Model model) {
        ArticleView article = notices.get(id);
        model.addAttribute("article", article);
        model.addAttribute("region", regions.find(new RegionId(article.regionId())).orElse(null));
        return "notices/public-article";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ArticleForm.of(notices.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
            @RequestParam(name = "cover", required = false) MultipartFile cover, Model model, RedirectAttributes redirect) {
        return save(id, form, result, cover, model, redirect);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        notices.withdraw(id);
        redirect.addFlashAttribute("flash", "notices.withdrawn");
        return "redirect:/notices";
    }

    private String save(Long id, ArticleForm form, BindingResult result, MultipartFile cover, Model model,
            RedirectAttributes redirect) {
        StaffOnly.require("Only community workers and officials write notices");   // before the form is shown again with its errors
        if (form.when() == When.SCHEDULED && form.publishAt() == null) {
            result.rejectValue("publishAt", "required", "选择发布时间");
        }
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            String coverImage = cover != null && !cover.isEmpty() ? uploads.store(cover, "cover").name() : form.coverImage();
            OffsetDateTime at = form.when() == When.SCHEDULED
                    ? form.publishAt().atZone(TimeConfiguration.ZONE).toOffsetDateTime() : null;
            WriteArticle command = new WriteArticle(form.category().name(), form.title(), form.summary(), form.body(),
                    coverImage, form.author(), form.pinned(), form.when() != When.DRAFT, at, form.regionId());
            ArticleView saved = id == null ? notices.create(command) : notices.update(id, command);
            redirect.addFlashAttribute("flash", saved.scheduledAt(notices.now()) ? "notices.scheduled"
                    : saved.status() == ArticleStatus.PUBLISHED ? "notices.published" : "notices.saved");
            return "redirect:/notices";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result);
            return form(model, id);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("articleId", id);
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("whens", When.values());
        List<RegionRef> regionOptions = regions.within(CurrentUsers.require().regionPath(), null).stream()
                .filter(r -> r.level().ordinal() <= RegionLevel.COMMUNITY.ordinal()).toList();
        model.addAttribute("regionOptions", regionOptions);
        return "notices/manage-form";
    }
}
