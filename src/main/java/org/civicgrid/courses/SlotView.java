package org.civicgrid.courses;

import java.time.Instant;

/**
 * One counselling slot as the caller may see it: who booked it and why only for the person who
 * booked it and the counsellors; everyone else learns just that it is taken.
 */
public record SlotView(long id, long counsellorId, String counsellorName, Instant startsAt, Instant endsAt,
        String room, boolean booked, boolean mine, String bookedByName, String topic) {
}
