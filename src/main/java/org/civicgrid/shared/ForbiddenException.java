package org.civicgrid.shared;

/** The caller's role may not do this (HTTP 403). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }

    public ForbiddenException(String type, String title, String detail) {
        super(403, type, title, detail);
    }
}
