package org.civicgrid.cases.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.civicgrid.access.CurrentUsers;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseEvaluation;
import org.civicgrid.cases.CaseFilter;
import org.civicgrid.cases.CaseId;
import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseSummary;
import org.civicgrid.cases.CaseTransition;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.cases.CaseView;
import org.civicgrid.cases.Evaluation;
import org.civicgrid.cases.EvaluationGrouping;
import org.civicgrid.cases.EvaluationRow;
import org.civicgrid.cases.NewCase;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.files.UploadedFile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Cases as API.md "Cases" describes them, plus the queue, photos, rating, merging and evaluation. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "事件处置 — report, follow and work cases from report to close")
class CaseApiController {

    record ReportRequest(@NotBlank String categoryCode, @NotBlank String description, @NotNull Double lat,
            @NotNull Double lng, String address, CaseUrgency urgency, List<String> photos, Boolean anonymous,
            CaseSource source, Map<String, String> attributes) {}

    record TransitionRequest(@NotNull CaseAction action, String comment, List<String> photos, Long departmentId) {}

    record RatingRequest(@NotNull Integer rating, String comment) {}

    record MergeRequest(@NotNull Long keptCaseId, String comment) {}

    record PhotoResponse(String name, String url, String contentType, long size) {}

    private final CaseManagement cases;
    private final CaseEvaluation evaluation;
    private final ReportLimits limits;

    CaseApiController(CaseManagement cases, CaseEvaluation evaluation, ReportLimits limits) {
        this.cases = cases;
        this.evaluation = evaluation;
        this.limits = limits;
    }

    @PostMapping
    @Operation(summary = "Report a case at a point; the grid comes from the point (outside every grid: 400)",
            description = "Too many reports from one account or one address answer 429 with Retry-After "
                    + "(civicgrid.rate-limits.report, report-staff, report-address).")
    ResponseEntity<CaseView> report(@Valid @RequestBody ReportRequest r, HttpServletRequest http) {
        limits.report(CurrentUsers.require(), http.getRemoteAddr());
        CaseView c = cases.report(new NewCase(r.categoryCode(), r.description(), r.lat(), r.lng(), r.address(),
                r.urgency(), r.photos(), Boolean.TRUE.equals(r.anonymous()), r.source(), r.attributes()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id())).body(c);
    }

    @GetMapping
    @Operation(summary = "The queue inside the caller's region (a resident: their own reports), paged and filtered")
    Page<CaseSummary> queue(@RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String category, @RequestParam(required = false) Long gridId,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) CaseSource source,
            @RequestParam(required = false) Long regionId, @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            Pageable pageable) {
        for (Instant t : new Instant[] {from, to}) {
            if (t != null && (t.isBefore(Instant.EPOCH) || t.isAfter(Instant.parse("2999-12-31T00:00:00Z")))) {
                throw new org.civicgrid.shared.InvalidInputException(t == from ? "from" : "to",
                        "a time between 1970 and 2999");
            }
        }
        return cases.queue(new CaseFilter(status, category, gridId, overdue, source, regionId, open, q, from, to),
                pageable);
    }

    @GetMapping("/mine")
    @Operation(summary = "The cases the caller reported")
    Page<CaseSummary> mine(Pageable pageable) {
        return cases.mine(pageable);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its timeline; outside the caller's region: 404")
    CaseView get(@PathVariable long id) {
        return cases.get(new CaseId(id));
    }

    @PostMapping("/{id}/transitions")
    @Operation(summary = "Take a step: REGISTER, REJECT, DISPATCH, HANDLE, VERIFY, SEND_BACK, CLOSE, SUPERVISE, REOPEN; "
            + "409 when the state does not allow it, 403 when the role does not")
    CaseView transition(@PathVariable long id, @Valid @RequestBody TransitionRequest r) {
        return cases.transition(new CaseId(id), new CaseTransition(r.action(), r.comment(), r.photos(), r.departmentId()));
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "The reporting resident rates a closed case 1–5")
    CaseView rate(@PathVariable long id, @Valid @RequestBody RatingRequest r) {
        return cases.rate(new CaseId(id), r.rating(), r.comment());
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Close this case as a duplicate of another (staff)")
    CaseView merge(@PathVariable long id, @Valid @RequestBody MergeRequest r) {
        return cases.merge(new CaseId(id), new CaseId(r.keptCaseId()), r.comment());
    }

    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a photo (JPEG, PNG, GIF or WebP, checked from the bytes; size-limited); "
            + "pass the returned name in photos", description = "Too many photos from one account or one address "
                    + "answer 429 with Retry-After (civicgrid.rate-limits.photo, photo-staff, photo-address).")
    ResponseEntity<PhotoResponse> photo(@RequestPart("file") MultipartFile file, HttpServletRequest http) {
        limits.photo(CurrentUsers.require(), http.getRemoteAddr());
        UploadedFile f = cases.uploadPhoto(file);
        return ResponseEntity.created(URI.create(f.url()))
                .body(new PhotoResponse(f.name(), f.url(), f.contentType(), f.size()));
    }

    @GetMapping("/evaluation")
    @Operation(summary = "综合评价: closure, on-time closure and rework rates, handling time and satisfaction")
    Evaluation evaluation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long regionId,
            @RequestParam(required = false, defaultValue = "REGION") EvaluationGrouping groupBy) {
        return evaluation.evaluate(from, to, regionId, groupBy);
    }

    @GetMapping("/evaluation.xlsx")
    @Operation(summary = "The evaluation table as an Excel workbook")
    ResponseEntity<byte[]> evaluationWorkbook(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long regionId,
            @RequestParam(required = false, defaultValue = "REGION") EvaluationGrouping groupBy) {
        Evaluation e = evaluation.evaluate(from, to, regionId, groupBy);
        return CaseWorkbooks.evaluation(e);
    }
}
