package org.civicgrid.cases;

import java.util.List;

/**
 * An extra field of a category (Open311 attribute).
 *
 * @param datatype string, number, datetime, text, singlevaluelist or multivaluelist
 */
public record CategoryAttribute(String code, String description, String datatype, boolean required,
        List<Value> values) {

    public CategoryAttribute {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** One choice of a list attribute. */
    public record Value(String key, String name) {}
}
