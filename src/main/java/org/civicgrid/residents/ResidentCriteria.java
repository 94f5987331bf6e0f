package org.civicgrid.residents;

/**
 * Filters for the resident list; null means any. {@code name} matches part of a name;
 * {@code idNumber} finds the one resident with exactly that ID number (through its keyed hash).
 */
public record ResidentCriteria(String name, CareTag careTag, Long gridId, Long householdId, String idNumber) {

    public static ResidentCriteria none() {
        return new ResidentCriteria(null, null, null, null, null);
    }
}
