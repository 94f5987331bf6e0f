package org.civicgrid.notices.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.civicgrid.notices.ArticleStatus;
import org.civicgrid.notices.ArticleView;
import org.civicgrid.notices.GuideManagement;
import org.civicgrid.notices.GuideManagement.WriteGuide;
import org.civicgrid.notices.GuideView;
import org.civicgrid.notices.NoticeManagement;
import org.civicgrid.notices.NoticeManagement.WriteArticle;
import org.civicgrid.shared.files.UploadStore;
import org.civicgrid.shared.files.UploadedFile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** News, notices and service guides of the caller's region (staff). The public reads them on /public. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notices", description = "信息发布 — news, notices and service guides")
class NoticeApiController {

    record ArticleRequest(@NotBlank String category, @NotBlank String title, String summary, @NotBlank String body,
            String coverImage, String author, Boolean pinned, Boolean publish, OffsetDateTime publishAt, Long regionId) {

        WriteArticle command() {
            return new WriteArticle(category, title, summary, body, coverImage, author, Boolean.TRUE.equals(pinned),
                    publish == null || publish, publishAt, regionId);
        }
    }

    record GuideRequest(@NotBlank String title, String serviceType, String summary, String materials, String location,
            String hours, String phone, String steps, Long regionId) {

        WriteGuide command() {
            return new WriteGuide(title, serviceType, summary, materials, location, hours, phone, steps, regionId);
        }
    }

    record Listing(List<ArticleView> items, int page, int size, long total) {

        static Listing of(Page<ArticleView> page) {
            return new Listing(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    private final NoticeManagement notices;
    private final GuideManagement guides;
    private final UploadStore uploads;

    NoticeApiController(NoticeManagement notices, GuideManagement guides, UploadStore uploads) {
        this.notices = notices;
        this.guides = guides;
        this.uploads = uploads;
    }

    @GetMapping("/notices")
    @Operation(summary = "Articles of the caller's region, any status (staff)")
    Listing list(@RequestParam(required = false) String q, @RequestParam(required = false) ArticleStatus status,
            @PageableDefault(size = 20) Pageable pageable) {
        return Listing.of(notices.search(q, status, pageable));
    }

    @PostMapping("/notices")
    @Operation(summary = "Write an article (staff)",
            description = "body is HTML (sanitised: scripts, event handlers and javascript: links are removed) or plain "
                    + "text. publish defaults to true; publish_at in the future schedules it; pinned keeps it on top.")
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleRequest r) {
        ArticleView a = notices.create(r.command());
        return ResponseEntity.created(URI.create("/api/v1/notices/" + a.id())).body(a);
    }

    @GetMapping("/notices/{id}")
    @Operation(summary = "One article of the caller's region (staff)")
    ArticleView get(@PathVariable long id) {
        return notices.get(id);
    }

    @PutMapping("/notices/{id}")
    @Operation(summary = "Rewrite an article (staff)")
    ArticleView update(@PathVariable long id, @Valid @RequestBody ArticleRequest r) {
        return notices.update(id, r.command());
    }

    @PostMapping("/notices/{id}/withdraw")
    @Operation(summary = "Take an article off the public site (staff)")
    ArticleView withdraw(@PathVariable long id) {
        return notices.withdraw(id);
    }

    @PostMapping(value = "/notices/cover-images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a cover image; use the returned name as cover_image")
    ResponseEntity<UploadedFile> cover(@RequestParam("file") MultipartFile file) {
        UploadedFile stored = uploads.store(file, "file");
        return ResponseEntity.created(URI.create(stored.url())).body(stored);
    }

    @GetMapping("/guides")
    @Operation(summary = "Service guides of the caller's region (staff)")
    List<GuideView> guides() {
        return guides.mine();
    }

    @PostMapping("/guides")
    @Operation(summary = "Write a service guide (staff); materials one per line")
    ResponseEntity<GuideView> createGuide(@Valid @RequestBody GuideRequest r) {
        GuideView g = guides.create(r.command());
        return ResponseEntity.created(URI.create("/api/v1/guides/" + g.id())).body(g);
    }

    @PutMapping("/guides/{id}")
    @Operation(summary = "Rewrite a service guide (staff)")
    GuideView updateGuide(@PathVariable long id, @Valid @RequestBody GuideRequest r) {
        return guides.update(id, r.command());
    }
}
