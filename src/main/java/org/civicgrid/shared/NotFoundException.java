package org.civicgrid.shared;

/** The record does not exist, or lies outside the caller's region (which must not be revealed). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "Not found", what + " " + id + " was not found");
    }
}
