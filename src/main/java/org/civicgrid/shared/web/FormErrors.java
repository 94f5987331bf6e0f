package org.civicgrid.shared.web;

import org.civicgrid.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's field errors (snake_case, as the API names fields) onto a page form's binding result. */
public final class FormErrors {

    private FormErrors() {}

    public static void apply(InvalidInputException e, BindingResult result) {
        for (InvalidInputException.FieldError error : e.errors()) {
            reject(result, error.field(), "invalid", error.message());
        }
    }

    /**
     * One error under the form's field (named snake_case, as the API names it), or above the form when it has
     * no such field. {@code code} names the message in the bundles, so the page can say it in the reader's
     * language; {@code message} is shown when there is none.
     */
    public static void reject(BindingResult result, String field, String code, String message) {
        String property = field == null ? null : camel(field);
        if (property != null && result.getTarget() != null && hasProperty(result, property)) {
            result.rejectValue(property, code, message);
        } else {
            result.reject(code, message);
        }
    }

    private static boolean hasProperty(BindingResult result, String field) {
        try {
            result.getFieldType(field);
            return result.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
