package org.civicgrid.courses;

/** Identifies a class (课程). */
public record CourseId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
