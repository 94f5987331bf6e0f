package org.civicgrid.shared.web;

import java.net.URI;

import org.civicgrid.shared.DomainException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Problem types are stable URIs under one base; clients match on the last segment. */
public final class Problems {

    public static final String BASE = "https://civicgrid.org/problems/";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }

    public static ProblemDetail of(int status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail of(DomainException e) {
        ProblemDetail problem = of(e.status(), e.type(), e.title(), e.detail());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** camelCase to snake_case, so that field names in errors match the JSON the client sent. */
    public static String jsonName(String field) {
        StringBuilder out = new StringBuilder(field.length() + 4);
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
