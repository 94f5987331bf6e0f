package org.civicgrid.residents;

import java.time.Instant;

/**
 * 走访记录 — one visit as written down; never edited afterwards.
 *
 * @param residentId the resident visited, or null for a visit to the whole household
 * @param photo      the stored upload's name (served at {@code /files/{photo}}), or null
 */
public record VisitRecord(long id, long householdId, Long residentId, String residentName, String address,
        Instant visitedAt, long visitorId, String visitorName, String findings, boolean followUpNeeded,
        String followUp, String photo, Instant createdAt) {

    public String photoUrl() {
        return photo == null ? null : "/files/" + photo;
    }
}
