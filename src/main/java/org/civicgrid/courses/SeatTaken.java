package org.civicgrid.courses;

import java.time.Instant;

/** Someone took a seat in a class (directly, from the waiting list, or by the draw). */
public record SeatTaken(long courseId, long userId, String how, Instant at) {
}
