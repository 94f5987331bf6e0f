package org.civicgrid.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds links that keep the current page's filters: {@code ${@links.page(2)}} for pagination,
 * {@code ${@links.withPath('/cases/export')}} for an export of exactly what the list shows.
 */
@Component("links")
public class Links {

    public String page(int page) {
        return current().replaceQueryParam("page", page).build().toUriString();
    }

    public String with(String param, Object value) {
        return current().replaceQueryParam(param, value).replaceQueryParam("page").build().toUriString();
    }

    public String withPath(String path) {
        HttpServletRequest request = request();
        return UriComponentsBuilder.fromPath(request.getContextPath() + path).query(request.getQueryString())
                .replaceQueryParam("page").replaceQueryParam("size").build().toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = request();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
