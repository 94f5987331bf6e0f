package org.civicgrid.shared.web;

import org.civicgrid.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's field errors (snake_case, as the API names fields) onto a page form's binding result. */
public final class FormErrors {

    private FormErrors() {}

    public static void apply(InvalidInputException e, BindingResult result) {
        for (InvalidInputException.FieldError error : e.errors()) {
            String field = camel(error.field());
            if (result.getTarget() != null && hasProperty(result, field)) {
                result.rejectValue(field, "invalid", error.message());
            } else {
                result.reject("invalid", error.message());
            }
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
