package org.civicgrid.cases;

import java.util.List;

/**
 * A catalogue entry: a major class (level 1) or the category a case is filed under (level 2).
 *
 * @param hoursNormal working hours allowed at normal urgency (urgent and emergency likewise)
 * @param attributes  extra fields a reporter fills in (Open311 service definition)
 * @param aliases     other codes that mean this category (codes other modules publish)
 */
public record CategoryView(long id, String code, String parentCode, CategoryKind kind, int level, String standardCode,
        String name, String nameEn, String description, String filingCondition, String closingCondition,
        int hoursNormal, int hoursUrgent, int hoursEmergency, List<CategoryAttribute> attributes, boolean active,
        int sortOrder, List<String> aliases) {

    public int hoursFor(CaseUrgency urgency) {
        return switch (urgency == null ? CaseUrgency.NORMAL : urgency) {
            case NORMAL -> hoursNormal;
            case URGENT -> hoursUrgent;
            case EMERGENCY -> hoursEmergency;
        };
    }

    /** A category cases are filed under (level 2). */
    public boolean fileable() {
        return level == 2;
    }
}
