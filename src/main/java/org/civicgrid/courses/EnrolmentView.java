package org.civicgrid.courses;

import java.time.Instant;

/**
 * One person's standing with a class.
 *
 * @param waitingPosition 1 for the next in line; null unless {@code status} is WAITING
 */
public record EnrolmentView(long courseId, long userId, String displayName, EnrolmentStatus status,
        Integer waitingPosition, Instant requestedAt, Instant seatedAt) {
}
