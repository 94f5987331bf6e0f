package org.civicgrid.courses;

import java.time.Instant;

/** One meeting of a class, with its attendance once recorded ({@code recorded} = 0 before). */
public record SessionView(long id, long courseId, Instant startsAt, Instant endsAt, String place, String topic,
        boolean memberHome, String hostName, long recorded, long present) {
}
