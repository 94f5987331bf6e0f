package org.civicgrid.rivers.web;

import java.util.Set;

import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RiverNavigation {

    static final Set<String> OFFICE = Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL");

    static final Set<String> READERS = Set.of("RIVER_CHIEF", "PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL",
            "STREET_OFFICIAL", "COMMUNITY_WORKER");

    @Bean
    NavItem riversNav() {
        return new NavItem("work", "nav.rivers", "/rivers", READERS, 30);
    }

    @Bean
    NavItem riversBoardNav() {
        return new NavItem("city", "nav.rivers.board", "/rivers/board", OFFICE, 30);
    }

    @Bean
    NavItem riversComplianceNav() {
        return new NavItem("city", "nav.rivers.compliance", "/rivers/compliance", OFFICE, 31);
    }

    @Bean
    NavItem riversProjectsNav() {
        return new NavItem("city", "nav.rivers.projects", "/rivers/projects", OFFICE, 32);
    }
}
