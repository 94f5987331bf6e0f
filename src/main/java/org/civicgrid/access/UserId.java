package org.civicgrid.access;

/** Identifies a user account. */
public record UserId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
