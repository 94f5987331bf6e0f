package org.civicgrid.courses;

import java.time.Instant;

/** A counsellor's note on a session. */
public record NoteView(long id, long slotId, String counsellorName, String body, Instant writtenAt) {
}
