package org.civicgrid.residents.web;

import org.civicgrid.residents.RefusedInput;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.web.FormErrors;
import org.springframework.validation.BindingResult;

/**
 * Puts the module's refusals on a page form, each under its field and in the reader's language
 * ({@code residents.refusal.<code>}); other field errors go through {@link FormErrors}.
 */
final class PageErrors {

    private static final String PREFIX = "residents.refusal.";

    private PageErrors() {}

    static void apply(InvalidInputException e, BindingResult result) {
        if (!(e instanceof RefusedInput refused)) {
            FormErrors.apply(e, result);
            return;
        }
        for (RefusedInput.FieldRefusal r : refused.refusals()) {
            FormErrors.reject(result, r.field(), PREFIX + r.code(), r.message());
        }
    }

    /** A refusal of the whole record (a conflict), shown under {@code field} (snake_case) or above the form. */
    static void apply(DomainException e, BindingResult result, String field) {
        FormErrors.reject(result, field, PREFIX + e.type(), e.detail());
    }
}
