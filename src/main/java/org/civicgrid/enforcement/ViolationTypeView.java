package org.civicgrid.enforcement;

/**
 * 违法类型 — one entry of the editable violation list.
 *
 * @param caseCategoryCode the casework category a follow-up case is filed under
 */
public record ViolationTypeView(long id, String code, String nameZh, String nameEn, EnforcementAction defaultAction,
        String caseCategoryCode, int sortOrder, boolean active, long version) {

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }
}
