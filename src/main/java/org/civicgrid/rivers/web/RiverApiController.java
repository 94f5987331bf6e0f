package org.civicgrid.rivers.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.ProblemCategory;
import org.civicgrid.rivers.RiverCommands.EnterPatrol;
import org.civicgrid.rivers.RiverCommands.ReportProblem;
import org.civicgrid.rivers.RiverManagement;
import org.civicgrid.rivers.RiverPatrolManagement;
import org.civicgrid.rivers.RiverViews.ChiefView;
import org.civicgrid.rivers.RiverViews.ComplianceRow;
import org.civicgrid.rivers.RiverViews.PatrolView;
import org.civicgrid.rivers.RiverViews.PointBatchResult;
import org.civicgrid.rivers.RiverViews.ProblemView;
import org.civicgrid.rivers.RiverViews.TrackPoint;
import org.civicgrid.rivers.RiverViews.WaterBodyDetail;
import org.civicgrid.rivers.RiverViews.WaterBodySummary;
import org.civicgrid.rivers.WaterQualityManagement;
import org.civicgrid.rivers.WaterQualityManagement.SampleView;
import org.civicgrid.rivers.WaterQualityManagement.SectionDetail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 河长制 API: the registry, patrols on a phone (start, track points in batches, end), problems, samples, duty. */
@RestController
@RequestMapping("/api/v1/rivers")
@Tag(name = "River chiefs", description = "河长制: rivers, segments, chiefs, patrols, problems, water-quality samples")
class RiverApiController {

    record PageResponse<T>(List<T> items, int page, int size, long total) {

        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    record StartPatrolRequest(@NotNull Long segmentId) {}

    record PointsRequest(@NotNull @Size(min = 1, max = RiverPatrolManagement.MAX_BATCH) List<@Valid PointRequest> points) {}

    record PointRequest(@NotNull Instant at, @NotNull Double lat, @NotNull Double lng, Double accuracy) {

        TrackPoint toPoint() {
            return new TrackPoint(at, lat, lng, accuracy);
        }
    }

    record NoteRequest(@NotNull @Size(max = 1000) String text) {}

    record EnterPatrolRequest(@NotNull Long chiefId, @NotNull Long segmentId, @NotNull Instant startedAt,
            @NotNull Instant endedAt, Double distanceKm, @Size(max = 4000) String notes) {}

    record ProblemRequest(@NotNull Long segmentId, Long patrolId, @NotNull ProblemCategory category,
            @NotNull @Size(max = 2000) String description, BigDecimal areaM2, Double lat, Double lng,
            @Size(max = 300) String address) {}

    record SampleRequest(@NotNull Instant sampledAt, @NotNull Map<String, Double> values) {}

    private final RiverManagement rivers;
    private final RiverPatrolManagement patrols;
    private final WaterQualityManagement quality;

    RiverApiController(RiverManagement rivers, RiverPatrolManagement patrols, WaterQualityManagement quality) {
        this.rivers = rivers;
        this.patrols = patrols;
        this.quality = quality;
    }

    @GetMapping
    @Operation(summary = "Water bodies with a segment in the caller's region")
    PageResponse<WaterBodySummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(rivers.waterBodies(PageRequest.of(Math.max(0, page), Math.min(200, Math.max(1, size)))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一河一档: a water body with its segments, chiefs, open problems and sections")
    WaterBodyDetail get(@PathVariable long id) {
        return rivers.waterBody(id);
    }

    @GetMapping("/chiefs/{id}")
    ChiefView chief(@PathVariable long id) {
        return rivers.chief(id);
    }

    @GetMapping("/chiefs/me")
    @Operation(summary = "The chief records of the signed-in user, with their segments")
    List<ChiefView> me() {
        return rivers.myChiefRecords();
    }

    @PostMapping("/patrols")
    @Operation(summary = "Start a patrol of one of the caller's segments")
    ResponseEntity<PatrolView> start(@Valid @RequestBody StartPatrolRequest request) {
        PatrolView p = patrols.start(request.segmentId());
        return ResponseEntity.created(URI.create("/api/v1/rivers/patrols/" + p.id())).body(p);
    }

    @GetMapping("/patrols/{id}")
    PatrolView patrol(@PathVariable long id) {
        return patrols.patrol(id);
    }

    @GetMapping("/patrols/{id}/track")
    List<TrackPoint> track(@PathVariable long id) {
        return patrols.track(id);
    }

    @PostMapping("/patrols/{id}/points")
    @Operation(summary = "Add a batch of track points; sending the same batch again adds nothing")
    PointBatchResult points(@PathVariable long id, @Valid @RequestBody PointsRequest request) {
        return patrols.addPoints(id, request.points().stream().map(PointRequest::toPoint).toList());
    }

    @PostMapping("/patrols/{id}/notes")
    PatrolView note(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
        return patrols.note(id, request.text());
    }

    @PostMapping("/patrols/{id}/end")
    @Operation(summary = "End the patrol: duration and distance are computed")
    PatrolView end(@PathVariable long id) {
        return patrols.end(id);
    }

    @PostMapping("/patrols/entered")
    @Operation(summary = "Enter a patrol afterwards")
    ResponseEntity<PatrolView> enter(@Valid @RequestBody EnterPatrolRequest r) {
        PatrolView p = patrols.enterAfterwards(new EnterPatrol(r.chiefId(), r.segmentId(), r.startedAt(), r.endedAt(),
                r.distanceKm(), r.notes()));
        return ResponseEntity.created(URI.create("/api/v1/rivers/patrols/" + p.id())).body(p);
    }

    @PostMapping("/problems")
    @Operation(summary = "Report a problem on a segment; it becomes a case (source RIVER_PATROL)")
    ResponseEntity<ProblemView> problem(@Valid @RequestBody ProblemRequest r) {
        ProblemView p = rivers.reportProblem(new ReportProblem(r.segmentId(), r.patrolId(), r.category(),
                r.description(), r.areaM2(), r.lat(), r.lng(), r.address(), null));
        return ResponseEntity.created(URI.create("/api/v1/rivers/problems/" + p.id())).body(p);
    }

    @GetMapping("/problems/{id}")
    ProblemView problem(@PathVariable long id) {
        return rivers.problem(id);
    }

    @GetMapping("/compliance")
    @Operation(summary = "Patrol duty: who is behind and by how many days")
    List<ComplianceRow> compliance(@RequestParam(name = "region_id", required = false) Long regionId,
            @RequestParam(required = false) List<ChiefLevel> level) {
        return patrols.compliance(regionId, level);
    }

    @GetMapping("/sections/{id}")
    SectionDetail section(@PathVariable long id) {
        return quality.section(id);
    }

    @PostMapping("/sections/{id}/samples")
    @Operation(summary = "Record a sample: classified per GB 3838-2002; a class drop raises a case")
    ResponseEntity<SampleView> sample(@PathVariable long id, @Valid @RequestBody SampleRequest r) {
        SampleView s = quality.record(id, r.sampledAt(), r.values());
        return ResponseEntity.created(URI.create("/api/v1/rivers/sections/" + id)).body(s);
    }
}
