package org.civicgrid.shared;

/** The request is valid but the record's current state does not allow it (HTTP 409). */
public class ConflictException extends DomainException {

    public ConflictException(String type, String title, String detail) {
        super(409, type, title, detail);
    }
}
