package org.civicgrid.search.web;

import java.util.List;
import java.util.Set;

import org.civicgrid.search.SearchManagement;
import org.civicgrid.search.SearchResults;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 全文检索 — the one search box. Typing updates the results in place (htmx asks for the results fragment
 * only); without JavaScript the form submits and the whole page comes back.
 */
@Controller
class SearchController {

    /** The kinds the platform's modules publish, in the order the filter shows them. */
    static final List<String> KINDS = List.of("case", "resident", "notice", "river", "unit", "enforcement");
    static final int PAGE_SIZE = 20;

    private final SearchManagement search;

    SearchController(SearchManagement search) {
        this.search = search;
    }

    @Bean
    static NavItem searchNav() {
        return new NavItem("work", "nav.search", "/search", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER"), 2);
    }

    /**
     * The kinds offered as filters: the platform's usual ones, any a module can rebuild from its
     * {@code SearchSource}, and whatever the reader chose (a kind any module publishes is searchable).
     */
    List<String> kindOptions(List<String> chosen) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(KINDS);
        out.addAll(search.rebuildableKinds());
        chosen.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).forEach(out::add);
        return List.copyOf(out);
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        List<String> chosen = kinds == null ? List.of() : kinds;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("chosenKinds", chosen);
        model.addAttribute("kindOptions", kindOptions(chosen));
        try {
            SearchResults results = search.search(q, chosen, page, PAGE_SIZE);
            model.addAttribute("results", results);
        } catch (InvalidInputException e) {
            model.addAttribute("searchError", e.errors().get(0).field() + ": " + e.errors().get(0).message());
        }
        boolean fragment = htmx != null && restore == null;
        return fragment ? "search/search :: results" : "search/search";
    }
}
