package org.civicgrid.access.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.shared.web.HeaderBadge;
import org.civicgrid.shared.web.NavItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page the shared layout's model: the signed-in user and the navigation they may use,
 * grouped by section — so each role sees only its own entries.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

    static final List<String> SECTIONS = List.of("work", "city", "public", "admin");

    private final List<NavItem> items;
    private final List<HeaderBadge> badges;
    private final String tileUrl;
    private final String tileAttribution;

    LayoutModel(List<NavItem> items, List<HeaderBadge> badges, @Value("${civicgrid.map.tile-url:}") String tileUrl,
            @Value("${civicgrid.map.tile-attribution:}") String tileAttribution) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.badges = badges;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/open311/**", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        CurrentUser me = CurrentUsers.current().orElse(null);
        mav.addObject("me", me);
        mav.addObject("nav", navigationFor(me));
        if (me != null) {
            Map<HeaderBadge, Long> shown = new LinkedHashMap<>();
            for (HeaderBadge badge : badges) {
                long count = badge.count();
                if (count > 0) {
                    shown.put(badge, count);
                }
            }
            mav.addObject("badges", shown);
        }
        mav.addObject("currentPath", request.getRequestURI());
        mav.addObject("tileUrl", tileUrl);
        mav.addObject("tileAttribution", tileAttribution);
    }

    /** Section name to its entries, in the layout's section order, for this user. */
    Map<String, List<NavItem>> navigationFor(CurrentUser me) {
        Set<String> roles = me == null ? null : me.roles().stream().map(Role::name).collect(Collectors.toSet());
        Map<String, List<NavItem>> nav = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            List<NavItem> visible = items.stream()
                    .filter(i -> i.section().equals(section))
                    .filter(i -> i.visibleTo(roles))
                    .toList();
            if (!visible.isEmpty()) {
                nav.put(section, visible);
            }
        }
        return nav;
    }
}
