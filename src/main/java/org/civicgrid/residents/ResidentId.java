package org.civicgrid.residents;

/** Identifies a resident. */
public record ResidentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
