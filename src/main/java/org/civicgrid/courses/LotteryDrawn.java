package org.civicgrid.courses;

import java.time.Instant;

/** A class's lottery was drawn; the draw is kept with its seed. */
public record LotteryDrawn(long courseId, long seed, int entrants, int seated, Instant at) {
}
