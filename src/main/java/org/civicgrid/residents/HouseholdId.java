package org.civicgrid.residents;

/** Identifies a household. */
public record HouseholdId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
