package org.civicgrid.shared;

import java.util.List;

/** Input that passed the form's shape checks but breaks a domain rule (HTTP 400 with field errors). */
public class InvalidInputException extends DomainException {

    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(400, "validation", "Invalid input", errors.isEmpty() ? "Invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() { return errors; }
}
