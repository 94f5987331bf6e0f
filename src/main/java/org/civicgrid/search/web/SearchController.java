package org.civicgrid.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.search.SearchHit;
import org.civicgrid.search.SearchManagement;
import org.civicgrid.search.SearchResults;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 全文检索 — the one search box. Typing updates the results in place (htmx asks for the results fragment
 * only); without JavaScript the form submits and the whole page comes back. The results, every page of them,
 * export to Excel.
 */
@Controller
class SearchController {

    /** The kinds the platform's modules publish, in the order the filter shows them. */
    static final List<String> KINDS = List.of("case", "resident", "notice", "river", "unit", "enforcement");
    static final int PAGE_SIZE = 20;

    private final SearchManagement search;
    private final MessageSource messages;

    SearchController(SearchManagement search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
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

    /**
     * The results the reader sees for the query and kinds, every page of them (as far as the search pages go), with
     * the page's fields: kind, title, region, date, the snippet and the link. What the index holds is what the page
     * shows, so nothing more leaves here than the page shows.
     */
    @GetMapping("/search/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String q,
            @RequestParam(name = "kind", required = false) List<String> kinds) {
        List<String> chosen = kinds == null ? List.of() : kinds;
        List<SearchHit> hits = new ArrayList<>();
        for (int page = 0; page <= SearchManagement.MAX_PAGE && hits.size() < ExcelExport.MAX_ROWS; page++) {
            SearchResults results = search.search(q, chosen, page, SearchManagement.MAX_PAGE_SIZE);
            hits.addAll(results.items());
            if (!results.hasNext()) {
                break;
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<SearchHit>sheet("检索结果")
                .column("类型 Kind", h -> messages.getMessage("search.kind." + h.kind(), null, h.kind(), locale))
                .column("标题 Title", SearchHit::title)
                .column("区域 Region", SearchHit::regionName)
                .column("日期 Date", h -> h.at() == null ? null : h.at().atZone(TimeConfiguration.ZONE).toLocalDate())
                .column("摘要 Snippet", h -> h.snippet().stream().map(SearchHit.Snippet::text).collect(Collectors.joining()))
                .column("链接 Link", SearchHit::url)
                .download("search", hits);
    }
}
