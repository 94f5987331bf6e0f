package org.civicgrid.search.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.civicgrid.search.SearchManagement;
import org.civicgrid.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One search across cases, residents, notices, rivers, units and enforcement operations")
class SearchApiController {

    record RebuildResponse(Map<String, Integer> indexed, List<String> rebuildableKinds) {}

    private final SearchManagement search;

    SearchApiController(SearchManagement search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search inside the caller's region (officials and community workers)",
            description = "Every term must match: a run of Chinese characters anywhere (two characters find them inside "
                    + "longer words), a Latin word or number from its start. Ranked: title holds the query as typed, "
                    + "then title holds every term, then only the text; newest first within each. No total is given; "
                    + "has_next tells whether another page exists.")
    SearchResults search(@RequestParam(defaultValue = "") String q,
            @Parameter(description = "Restrict to these kinds, e.g. case, resident, notice, river, unit, enforcement")
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return search.search(q, kinds, page, size);
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild the index from the modules that offer a full re-index (platform administrator)")
    RebuildResponse rebuild(@RequestParam(required = false) String kind) {
        return new RebuildResponse(search.rebuild(kind), search.rebuildableKinds());
    }
}
