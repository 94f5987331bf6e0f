package org.civicgrid.cases.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Photo names kept as one comma-separated column (stored names never contain a comma). */
@Converter
public class NameList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join(",", names);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
