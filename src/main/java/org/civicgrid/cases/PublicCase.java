package org.civicgrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * What the public sees of a case (Open311, the public map): no reporter, no personal data.
 *
 * @param mediaUrl a photo link given by an Open311 client (kept as given, never fetched)
 */
public record PublicCase(long id, String categoryCode, String categoryName, String description, CaseStatus status,
        String statusNote, String departmentName, Instant reportedAt, Instant updatedAt, Instant deadline,
        String address, Double lat, Double lng, List<String> photos, String mediaUrl) {
}
