package org.civicgrid.cases;

/** Identifies a case (案卷). */
public record CaseId(long value) {

    public static CaseId of(long value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
