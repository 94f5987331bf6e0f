package org.civicgrid.courses;

import java.time.Instant;
import java.time.LocalDate;

/** A class as pages, the API and other modules see it. */
public record CourseView(long id, long regionId, String regionPath, Programme programme, String title,
        String description, String term, String organiser, String place, LocalDate startsOn, LocalDate endsOn,
        int capacity, int seatsTaken, int lotteryEntries, EnrolmentRule enrolmentRule, boolean waitingList,
        Instant lotteryAt, Instant lotteryDrawnAt, Integer minAge, Integer maxAge, CareTag careTag) {

    public int seatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean full() {
        return seatsTaken >= capacity;
    }

    /** Seats taken ÷ capacity, 0–1. */
    public double fillRate() {
        return capacity == 0 ? 0 : (double) seatsTaken / capacity;
    }

    public boolean lottery() {
        return enrolmentRule == EnrolmentRule.LOTTERY;
    }

    public boolean lotteryPending() {
        return lottery() && lotteryDrawnAt == null;
    }
}
