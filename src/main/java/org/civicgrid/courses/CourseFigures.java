package org.civicgrid.courses;

import java.util.List;

/**
 * A class's figures: how full it is and how well it is attended.
 *
 * @param fillRate       seats taken ÷ capacity
 * @param attendanceRate people present ÷ people recorded, over every session with attendance taken; null before any
 */
public record CourseFigures(long courseId, int capacity, int seatsTaken, long waiting, int lotteryEntries,
        double fillRate, int sessions, long sessionsHeld, long attendanceRecorded, long attendancePresent,
        Double attendanceRate, List<SessionView> perSession) {
}
