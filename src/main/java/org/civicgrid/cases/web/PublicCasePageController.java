package org.civicgrid.cases.web;

import java.util.List;
import java.util.Map;

import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseManagement;
import org.civicgrid.cases.PublicCase;
import org.civicgrid.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 案件公开 — anyone, signed in or not, browses open and closed cases on a map and a list, without the
 * reporter or any other personal data (only {@link PublicCase} reaches these pages).
 */
@Controller
@RequestMapping("/public/cases")
class PublicCasePageController {

    /** The newest cases the list and the map show. */
    static final int LIMIT = 200;

    private final CaseManagement management;
    private final CaseCatalogue catalogue;
    private final MessageSource messages;

    PublicCasePageController(CaseManagement management, CaseCatalogue catalogue, MessageSource messages) {
        this.management = management;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String category,
            Model model) {
        model.addAttribute("cases", cases(state, category));
        model.addAttribute("state", open(state) == null ? "" : state);
        model.addAttribute("category", blank(category));
        model.addAttribute("categories", catalogue.fileable());
        model.addAttribute("limit", LIMIT);
        return "cases/public-list";
    }

    @GetMapping(value = "/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(@RequestParam(required = false) String state,
            @RequestParam(required = false) String category) {
        return CasePageSupport.publicCases(cases(state, category), s -> messages.getMessage("cases.status." + s.name(),
                null, s.name(), LocaleContextHolder.getLocale()));
    }

    @GetMapping(value = "/{id}/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> one(@PathVariable long id) {
        PublicCase c = management.publicCase(id).orElseThrow(() -> new NotFoundException("Case", id));
        return CasePageSupport.publicCases(List.of(c), s -> messages.getMessage("cases.status." + s.name(), null,
                s.name(), LocaleContextHolder.getLocale()));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("c", management.publicCase(id).orElseThrow(() -> new NotFoundException("Case", id)));
        return "cases/public-detail";
    }

    private List<PublicCase> cases(String state, String category) {
        return management.publicCases(null, blank(category), null, null, open(state), LIMIT);
    }

    private static Boolean open(String state) {
        return "open".equals(state) ? Boolean.TRUE : "closed".equals(state) ? Boolean.FALSE : null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
