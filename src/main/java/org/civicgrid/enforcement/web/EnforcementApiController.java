package org.civicgrid.enforcement.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.EnforcementCatalogue;
import org.civicgrid.enforcement.EnforcementCatalogue.AddRoad;
import org.civicgrid.enforcement.EnforcementCatalogue.ViolationTypeCommand;
import org.civicgrid.enforcement.EnforcementManagement;
import org.civicgrid.enforcement.EnforcementManagement.OperationCriteria;
import org.civicgrid.enforcement.EnforcementStatistics;
import org.civicgrid.enforcement.HotSpots;
import org.civicgrid.enforcement.OperationDetail;
import org.civicgrid.enforcement.OperationSummary;
import org.civicgrid.enforcement.RecordOperation;
import org.civicgrid.enforcement.RoadView;
import org.civicgrid.enforcement.TallyLineView;
import org.civicgrid.enforcement.ViolationTypeView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 联合执法 API: operations and their tallies, follow-up cases, hot spots, the violation list and roads. */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Joint enforcement", description = "联合执法: operations, tallies by violation type, hot spots")
class EnforcementApiController {

    record TallyRequest(@NotBlank @Size(max = 40) String violationType, Long roadId, @NotNull Integer count,
            EnforcementAction action, @Size(max = 500) String note) {

        RecordOperation.Tally toTally() {
            return new RecordOperation.Tally(violationType, roadId, count, action, note);
        }
    }

    record OperationRequest(@NotBlank @Size(max = 100) String number, @NotNull LocalDate date, Long regionId,
            @NotEmpty @Size(max = 50) List<Long> roadIds, @NotEmpty @Size(max = 20) List<String> departments,
            @Size(max = 64) String leadOfficer, @Size(max = 2000) String notes,
            @Size(max = 100) List<@Valid TallyRequest> tallies) {}

    record FollowUpRequest(@Size(max = 1000) String remark) {}

    record PageResponse<T>(List<T> items, int page, int size, long total) {

        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
        }
    }

    record ViolationTypeRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn, @NotNull EnforcementAction defaultAction,
            @Size(max = 100) String caseCategoryCode, @NotNull @Min(0) Integer sortOrder, Boolean active,
            Long version) {

        ViolationTypeCommand toCommand() {
            return new ViolationTypeCommand(code, nameZh, nameEn, defaultAction, caseCategoryCode, sortOrder, active,
                    version);
        }
    }

    record RoadRequest(@NotBlank @Size(max = 100) String name, Long regionId, Double lat, Double lng,
            @Size(max = 20000) String geometry) {}

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("operationDate"), Sort.Order.desc("id"));

    private final EnforcementManagement management;
    private final EnforcementCatalogue catalogue;
    private final EnforcementStatistics statistics;

    EnforcementApiController(EnforcementManagement management, EnforcementCatalogue catalogue,
            EnforcementStatistics statistics) {
        this.management = management;
        this.catalogue = catalogue;
        this.statistics = statistics;
    }

    @GetMapping("/operations")
    @Operation(summary = "Operations inside the caller's region, newest first")
    PageResponse<OperationSummary> operations(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "road_id", required = false) Long roadId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @jakarta.validation.constraints.Max(200) int size) {
        return PageResponse.of(management.search(new OperationCriteria(q, from, to, roadId),
                PageRequest.of(page, size, NEWEST_FIRST)));
    }

    @PostMapping("/operations")
    @Operation(summary = "Record an operation with its tally lines (enforcement officers and officials)",
            description = "A tally line without road_id counts across all of the operation's roads; without action it "
                    + "takes the violation type's default. Counts below zero are refused.")
    ResponseEntity<OperationDetail> record(@Valid @RequestBody OperationRequest request) {
        OperationDetail detail = management.record(new RecordOperation(request.number(), request.date(),
                request.regionId(), request.roadIds(), request.departments(), request.leadOfficer(), request.notes(),
                request.tallies() == null ? List.of() : request.tallies().stream().map(TallyRequest::toTally).toList()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/operations/" + detail.id())).body(detail);
    }

    @GetMapping("/operations/{id}")
    @Operation(summary = "One operation with its roads, tally lines and totals by type")
    OperationDetail operation(@PathVariable long id) {
        return management.get(id);
    }

    @PostMapping("/operations/{id}/tallies")
    @Operation(summary = "Add a tally line to an operation")
    ResponseEntity<TallyLineView> addTally(@PathVariable long id, @Valid @RequestBody TallyRequest request) {
        TallyLineView line = management.addTally(id, request.toTally());
        return ResponseEntity.created(URI.create("/api/v1/enforcement/operations/" + id + "/tallies/" + line.id()))
                .body(line);
    }

    @DeleteMapping("/operations/{id}/tallies/{lineId}")
    @Operation(summary = "Remove a tally line recorded by mistake (409 once it became a case)")
    ResponseEntity<Void> removeTally(@PathVariable long id, @PathVariable long lineId) {
        management.removeTally(id, lineId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/operations/{id}/tallies/{lineId}/follow-up")
    @Operation(summary = "Hand a tally line to casework as a case (202: casework opens it and reports back)",
            description = "Publishes EnforcementFollowUpRequested with source ENFORCEMENT and source_ref "
                    + "enforcement-line:<lineId>. 409 when the line was already handed over or counted nothing.")
    ResponseEntity<TallyLineView> followUp(@PathVariable long id, @PathVariable long lineId,
            @Valid @RequestBody(required = false) FollowUpRequest request) {
        return ResponseEntity.accepted().body(management.requestFollowUp(id, lineId,
                request == null ? null : request.remark()));
    }

    @GetMapping("/hotspots")
    @Operation(summary = "Violations by road (or the roads of an operation not split by road), type and month")
    HotSpots hotSpots(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "violation_type", required = false) String violationType) {
        return statistics.hotSpots(new HotSpots.Criteria(from, to, violationType));
    }

    @GetMapping("/violation-types")
    @Operation(summary = "The violation list in display order")
    List<ViolationTypeView> violationTypes(
            @RequestParam(name = "include_retired", defaultValue = "false") boolean includeRetired) {
        return catalogue.violationTypes(includeRetired);
    }

    @PostMapping("/violation-types")
    @Operation(summary = "Add a violation type (officials)")
    ResponseEntity<ViolationTypeView> addViolationType(@Valid @RequestBody ViolationTypeRequest request) {
        ViolationTypeView type = catalogue.addViolationType(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/enforcement/violation-types/" + type.code())).body(type);
    }

    @PutMapping("/violation-types/{code}")
    @Operation(summary = "Rename, re-order, retire or revive a violation type (officials)")
    ViolationTypeView updateViolationType(@PathVariable String code, @Valid @RequestBody ViolationTypeRequest request) {
        return catalogue.updateViolationType(code, request.toCommand());
    }

    @GetMapping("/roads")
    @Operation(summary = "Roads inside the caller's region")
    PageResponse<RoadView> roads(@RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @jakarta.validation.constraints.Max(200) int size) {
        return PageResponse.of(catalogue.roads(name, PageRequest.of(page, size)));
    }

    @PostMapping("/roads")
    @Operation(summary = "Add a road with a point (lat, lng) or a GeoJSON line (officers and officials)")
    ResponseEntity<RoadView> addRoad(@Valid @RequestBody RoadRequest request) {
        RoadView road = catalogue.addRoad(new AddRoad(request.name(), request.regionId(), request.lat(), request.lng(),
                request.geometry()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/roads/" + road.id())).body(road);
    }
}
