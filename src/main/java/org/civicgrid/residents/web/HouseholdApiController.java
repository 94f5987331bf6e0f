package org.civicgrid.residents.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.civicgrid.residents.HouseholdCriteria;
import org.civicgrid.residents.HouseholdDetails;
import org.civicgrid.residents.HouseholdFields;
import org.civicgrid.residents.HouseholdId;
import org.civicgrid.residents.HouseholdManagement;
import org.civicgrid.residents.ResidentManagement;
import org.civicgrid.residents.ResidentSummary;
import org.civicgrid.residents.VisitManagement;
import org.civicgrid.residents.VisitRecord;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 住户 API: households in the caller's region, their members and visits. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Households (住户) in compounds and grids")
class HouseholdApiController {

    /**
     * A household as the API takes it: a compound, or a grid where there is none, and the address.
     *
     * @param version the version last read, to refuse an update over someone else's (optional)
     */
    record HouseholdRequest(@Size(max = 200) String address, Long compoundId, Long gridId,
            @Size(max = 1000) String notes, Long version) {

        HouseholdFields fields() {
            return new HouseholdFields(address, compoundId, gridId, notes);
        }
    }

    private final HouseholdManagement households;
    private final ResidentManagement residents;
    private final VisitManagement visits;

    HouseholdApiController(HouseholdManagement households, ResidentManagement residents, VisitManagement visits) {
        this.households = households;
        this.residents = residents;
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "Households in the caller's region, paged; filter by part of the address and by grid")
    Paged<HouseholdDetails> list(@RequestParam(required = false) String address,
            @RequestParam(name = "grid_id", required = false) Long gridId,
            @ParameterObject @PageableDefault(size = 20, sort = {"address", "id"}, direction = Sort.Direction.ASC) Pageable pageable) {
        return Paged.of(households.search(new HouseholdCriteria(address, gridId), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One household")
    HouseholdDetails get(@PathVariable long id) {
        return households.get(new HouseholdId(id));
    }

    @GetMapping("/{id}/residents")
    @Operation(summary = "The household's residents, ID numbers and phones masked")
    List<ResidentSummary> members(@PathVariable long id) {
        return residents.members(new HouseholdId(id));
    }

    @PostMapping
    @Operation(summary = "Register a household (community or grid worker)")
    ResponseEntity<HouseholdDetails> create(@Valid @RequestBody HouseholdRequest request) {
        HouseholdDetails created = households.register(request.fields());
        return ResponseEntity.created(URI.create("/api/v1/households/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a household (community or grid worker); its residents move with it")
    HouseholdDetails update(@PathVariable long id, @Valid @RequestBody HouseholdRequest request) {
        return households.update(new HouseholdId(id), request.fields(), request.version());
    }

    @GetMapping("/{id}/visits")
    @Operation(summary = "Visits to the household and its residents, newest first")
    Paged<VisitRecord> visits(@PathVariable long id, @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return Paged.of(visits.forHousehold(new HouseholdId(id), pageable));
    }

    @PostMapping(path = "/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log a visit to the whole household (grid or community worker)")
    ResponseEntity<VisitRecord> logVisit(@PathVariable long id, @Valid @RequestBody VisitRequest request) {
        return VisitApiController.created(visits.logForHousehold(new HouseholdId(id), request.command(), null));
    }

    @PostMapping(path = "/{id}/visits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Log a visit to the household with a photo: part 'visit' (JSON) and part 'photo' (image)")
    ResponseEntity<VisitRecord> logVisitWithPhoto(@PathVariable long id, @Valid @RequestPart("visit") VisitRequest request,
            @RequestPart(name = "photo", required = false) MultipartFile photo) {
        return VisitApiController.created(visits.logForHousehold(new HouseholdId(id), request.command(), photo));
    }
}
