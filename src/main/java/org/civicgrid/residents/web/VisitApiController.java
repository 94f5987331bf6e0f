package org.civicgrid.residents.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.civicgrid.residents.VisitId;
import org.civicgrid.residents.VisitManagement;
import org.civicgrid.residents.VisitRecord;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 走访记录 API: visits in the caller's region. Visits are logged under their resident or household. */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits", description = "Grid workers' visits (走访记录)")
class VisitApiController {

    private final VisitManagement visits;

    VisitApiController(VisitManagement visits) {
        this.visits = visits;
    }

    static ResponseEntity<VisitRecord> created(VisitRecord visit) {
        return ResponseEntity.created(URI.create("/api/v1/visits/" + visit.id())).body(visit);
    }

    @GetMapping
    @Operation(summary = "Visits in the caller's region, newest first")
    Paged<VisitRecord> list(@RequestParam(name = "follow_up", defaultValue = "false") boolean followUpOnly,
            @RequestParam(defaultValue = "false") boolean mine,
            @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return Paged.of(visits.inScope(followUpOnly, mine, pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit")
    VisitRecord get(@PathVariable long id) {
        return visits.get(new VisitId(id));
    }
}
