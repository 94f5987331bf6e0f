package org.civicgrid.residents;

import java.util.List;

import org.civicgrid.shared.InvalidInputException;

/**
 * Input this module refused. The API shows it as any other 400 with field errors; pages look each
 * refusal's {@code code} up in the message bundles ({@code residents.refusal.<code>}) so the reason reads
 * in the user's language.
 */
public class RefusedInput extends InvalidInputException {

    /** One refused field: its API name (snake_case), a stable code and an English message. */
    public record FieldRefusal(String field, String code, String message) {}

    private final List<FieldRefusal> refusals;

    public RefusedInput(List<FieldRefusal> refusals) {
        super(refusals.stream().map(r -> new FieldError(r.field(), r.message())).toList());
        this.refusals = List.copyOf(refusals);
    }

    public List<FieldRefusal> refusals() {
        return refusals;
    }
}
