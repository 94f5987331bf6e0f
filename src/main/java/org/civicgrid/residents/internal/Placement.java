package org.civicgrid.residents.internal;

/**
 * Where a household lies: its grid, its compound when it has one, and the region it belongs to for
 * scope (the compound, else the grid) with that region's path.
 */
public record Placement(Long compoundId, long gridId, long regionId, String regionPath) {
}
