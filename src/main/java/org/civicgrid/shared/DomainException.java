package org.civicgrid.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the user can understand. Carries a stable problem {@code type} slug, an HTTP status and
 * extra fields (such as {@code caseId}, {@code currentStatus}) that the API adds to its problem details.
 */
public class DomainException extends RuntimeException {

    private final String type;
    private final int status;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public DomainException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    /** The last segment of the problem type URI, e.g. {@code course-full}. */
    public String type() { return type; }

    public int status() { return status; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    public Map<String, Object> properties() { return properties; }
}
