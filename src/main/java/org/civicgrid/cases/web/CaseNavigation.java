package org.civicgrid.cases.web;

import java.util.HashSet;
import java.util.Set;

import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where casework sits in the navigation. */
@Configuration(proxyBeanMethods = false)
class CaseNavigation {

    static final Set<String> STAFF = Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL",
            "COMMUNITY_WORKER");
    static final Set<String> OFFICIALS = Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL",
            "STREET_OFFICIAL");

    @Bean
    NavItem casesQueueNav() {
        return new NavItem("work", "nav.cases.queue", "/cases", union(STAFF, Set.of("GRID_WORKER")), 10);
    }

    @Bean
    NavItem casesReportNav() {
        return new NavItem("work", "nav.cases.report", "/cases/report", Set.of("RESIDENT", "GRID_WORKER"), 11);
    }

    @Bean
    NavItem casesMineNav() {
        return new NavItem("work", "nav.cases.mine", "/cases/mine", Set.of("RESIDENT", "GRID_WORKER"), 12);
    }

    @Bean
    NavItem casesEvaluationNav() {
        return new NavItem("city", "nav.cases.evaluation", "/cases/evaluation", STAFF, 10);
    }

    @Bean
    NavItem casesPublicNav() {
        return new NavItem("public", "nav.cases.public", "/public/cases", Set.of(NavItem.PUBLIC), 10);
    }

    @Bean
    NavItem casesCatalogueNav() {
        return new NavItem("admin", "nav.cases.catalogue", "/cases/admin/categories", Set.of("PLATFORM_ADMIN"), 10);
    }

    @Bean
    NavItem casesRoutingNav() {
        return new NavItem("admin", "nav.cases.routing", "/cases/admin/routing", OFFICIALS, 11);
    }

    @Bean
    NavItem casesCalendarNav() {
        return new NavItem("admin", "nav.cases.calendar", "/cases/admin/calendar", Set.of("PLATFORM_ADMIN"), 12);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
