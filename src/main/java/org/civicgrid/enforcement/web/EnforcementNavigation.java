package org.civicgrid.enforcement.web;

import java.util.Set;

import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnforcementNavigation {

    static final Set<String> READERS = Set.of("ENFORCEMENT_OFFICER", "PLATFORM_ADMIN", "CITY_OFFICIAL",
            "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER");

    @Bean
    NavItem enforcementNav() {
        return new NavItem("work", "nav.enforcement", "/enforcement", READERS, 40);
    }

    @Bean
    NavItem enforcementHotSpotsNav() {
        return new NavItem("city", "nav.enforcement.hotspots", "/enforcement/hotspots", READERS, 40);
    }

    @Bean
    NavItem enforcementTypesNav() {
        return new NavItem("admin", "nav.enforcement.types", "/enforcement/violation-types",
                Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL"), 40);
    }
}
