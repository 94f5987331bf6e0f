package org.civicgrid.cases;

import java.util.List;

/** Add or change a catalogue entry (platform administrator). */
public record SaveCategory(String code, String parentCode, CategoryKind kind, String standardCode, String name,
        String nameEn, String description, String filingCondition, String closingCondition, Integer hoursNormal,
        Integer hoursUrgent, Integer hoursEmergency, List<CategoryAttribute> attributes, Boolean active,
        Integer sortOrder, List<String> aliases) {
}
