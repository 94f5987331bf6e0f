package org.civicgrid.residents.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;
import org.civicgrid.residents.ResidentCriteria;
import org.civicgrid.residents.ResidentDetails;
import org.civicgrid.residents.ResidentFields;
import org.civicgrid.residents.ResidentId;
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

/**
 * 居民 API. Lists mask the ID number and phone for everyone; {@code GET /{id}} gives them whole (and audits
 * the view) only to the community and grid workers of the resident's region.
 */
@RestController
@RequestMapping("/api/v1/residents")
@Tag(name = "Residents", description = "Residents, their care tags and visits (走访)")
class ResidentApiController {

    /**
     * A resident as the API takes it. Birth date and gender may be left out when the ID number is given.
     *
     * @param version the version last read, to refuse an update over someone else's (optional)
     */
    record ResidentRequest(@NotNull Long householdId, @Size(max = 50) String name, Gender gender, LocalDate birthDate,
            @Size(max = 30) String idNumber, @Size(max = 30) String phone, @Size(max = 7) Set<CareTag> careTags,
            @Size(max = 2000) String notes, @Size(max = 2000) String healthNotes, Long userId, Long version) {

        ResidentFields fields() {
            return new ResidentFields(householdId, name, gender, birthDate, idNumber, phone, careTags, notes,
                    healthNotes, userId);
        }
    }

    private final ResidentManagement residents;
    private final VisitManagement visits;

    ResidentApiController(ResidentManagement residents, VisitManagement visits) {
        this.residents = residents;
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "Residents in the caller's region, paged and filtered; ID numbers and phones masked")
    Paged<ResidentSummary> list(@RequestParam(required = false) String name,
            @RequestParam(name = "care_tag", required = false) CareTag careTag,
            @RequestParam(name = "grid_id", required = false) Long gridId,
            @RequestParam(name = "household_id", required = false) Long householdId,
            @Parameter(description = "exact ID number (found through its keyed hash)")
            @RequestParam(name = "id_number", required = false) String idNumber,
            @ParameterObject @PageableDefault(size = 20, sort = {"name", "id"}, direction = Sort.Direction.ASC) Pageable pageable) {
        return Paged.of(residents.search(new ResidentCriteria(name, careTag, gridId, householdId, idNumber), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One resident; whole personal data (audited) for the community and grid workers of its region")
    ResidentDetails get(@PathVariable long id) {
        return residents.get(new ResidentId(id));
    }

    @PostMapping
    @Operation(summary = "Register a resident in a household (community or grid worker)")
    ResponseEntity<ResidentDetails> create(@Valid @RequestBody ResidentRequest request) {
        ResidentDetails created = residents.register(request.fields());
        return ResponseEntity.created(URI.create("/api/v1/residents/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a resident's record (community or grid worker); every field is replaced")
    ResidentDetails update(@PathVariable long id, @Valid @RequestBody ResidentRequest request) {
        return residents.update(new ResidentId(id), request.fields(), request.version());
    }

    @GetMapping("/{id}/visits")
    @Operation(summary = "The resident's visits and those to their whole household, newest first")
    Paged<VisitRecord> visits(@PathVariable long id, @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return Paged.of(visits.forResident(new ResidentId(id), pageable));
    }

    @PostMapping(path = "/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log a visit to the resident (grid or community worker)")
    ResponseEntity<VisitRecord> logVisit(@PathVariable long id, @Valid @RequestBody VisitRequest request) {
        return VisitApiController.created(visits.log(new ResidentId(id), request.command(), null));
    }

    @PostMapping(path = "/{id}/visits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Log a visit to the resident with a photo: part 'visit' (JSON) and part 'photo' (image)")
    ResponseEntity<VisitRecord> logVisitWithPhoto(@PathVariable long id, @Valid @RequestPart("visit") VisitRequest request,
            @RequestPart(name = "photo", required = false) MultipartFile photo) {
        return VisitApiController.created(visits.log(new ResidentId(id), request.command(), photo));
    }
}
