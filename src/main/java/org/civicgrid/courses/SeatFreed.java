package org.civicgrid.courses;

import java.time.Instant;

/** Someone gave up their seat in a class. */
public record SeatFreed(long courseId, long userId, Instant at) {
}
