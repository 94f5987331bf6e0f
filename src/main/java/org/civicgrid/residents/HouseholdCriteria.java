package org.civicgrid.residents;

/** Filters for the household list; null means any. {@code address} matches part of the address. */
public record HouseholdCriteria(String address, Long gridId) {
}
