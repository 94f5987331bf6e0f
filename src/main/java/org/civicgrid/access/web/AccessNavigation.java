package org.civicgrid.access.web;

import java.util.Set;

import org.civicgrid.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessNavigation {

    @Bean
    NavItem homeNav() {
        return new NavItem("work", "nav.home", "/", Set.of(), 0);
    }

    @Bean
    NavItem usersNav() {
        return new NavItem("admin", "nav.users", "/admin/users", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER"), 10);
    }
}
