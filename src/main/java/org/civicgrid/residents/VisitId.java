package org.civicgrid.residents;

/** Identifies a visit. */
public record VisitId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
