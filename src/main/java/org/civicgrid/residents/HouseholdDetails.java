package org.civicgrid.residents;

import java.time.Instant;

/** A household with where it lies and how many residents it has. */
public record HouseholdDetails(long id, String address, Long compoundId, String compoundName, long gridId,
        String gridName, long communityId, String communityName, String notes, long members, long regionId,
        long version, Instant createdAt, Instant updatedAt) {
}
