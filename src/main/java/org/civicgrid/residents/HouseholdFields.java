package org.civicgrid.residents;

/**
 * What a community or grid worker records about a household (户): where it lives — a compound
 * (小区/楼栋), or, where there is none, a grid — and its address.
 *
 * @param compoundId a region at compound level; the household's grid is the compound's
 * @param gridId     the grid, when there is no compound (ignored when a compound is given, unless it disagrees)
 */
public record HouseholdFields(String address, Long compoundId, Long gridId, String notes) {
}
