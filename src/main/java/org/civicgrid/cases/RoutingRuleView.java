package org.civicgrid.cases;

/**
 * Category → responsible department in a region; the most specific region wins.
 *
 * @param categoryCode null for "any category"
 * @param regionId     null for "everywhere"
 */
public record RoutingRuleView(long id, String categoryCode, String categoryName, Long regionId, String regionName,
        long departmentId, String departmentName) {
}
