package org.civicgrid.courses;

import java.time.Instant;
import java.util.List;

/**
 * A class's draw as published: anyone can re-run it from {@code seed} and the entrants (see
 * {@code LotteryDraw}); {@code entrantsSha256} fingerprints the entrant list the draw froze.
 */
public record LotteryRecord(long courseId, long seed, Instant drawnAt, String drawnBy, int entrantCount,
        int seatsOffered, String entrantsSha256, List<Pick> picks, boolean reproduced) {

    /** One position of the drawn order: SEATED, WAITING or NOT_DRAWN. Names are masked for the public. */
    public record Pick(int position, long userId, String name, String outcome) {}
}
