package org.civicgrid.residents.web;

import java.util.Set;

import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResidentsNavigation {

    static final Set<String> BROWSERS = Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL",
            "COMMUNITY_WORKER", "GRID_WORKER");

    @Bean
    NavItem residentsNav() {
        return new NavItem("work", "nav.residents", "/residents", BROWSERS, 20);
    }

    @Bean
    NavItem householdsNav() {
        return new NavItem("work", "nav.households", "/households", BROWSERS, 21);
    }

    @Bean
    NavItem visitsNav() {
        return new NavItem("work", "nav.visits", "/visits", BROWSERS, 22);
    }
}
