package org.civicgrid.courses;

import java.util.List;

/** The register for one session: everyone holding a seat, and whether they came (null: not yet recorded). */
public record AttendanceSheet(CourseView course, SessionView session, List<Line> lines) {

    public record Line(long userId, String displayName, Boolean present) {}
}
