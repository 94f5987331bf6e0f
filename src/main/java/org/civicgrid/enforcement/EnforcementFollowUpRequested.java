package org.civicgrid.enforcement;

import org.civicgrid.shared.events.CaseRequest;

/**
 * 执法转办 — a tally line needs follow-up (a shop told to remove its arcade machines, vendors who keep
 * coming back): casework opens a case and reports on {@code enforcement-line:<lineId>}.
 *
 * @param operationId the operation the line belongs to
 * @param lineId      the tally line
 */
public record EnforcementFollowUpRequested(long operationId, long lineId, String sourceRef, String categoryCode,
        String description, Double lat, Double lng, String address, Long regionId, String reportedBy)
        implements CaseRequest {

    /** The case source casework files it under. */
    public static final String SOURCE = "ENFORCEMENT";

    /** Prefix of every {@link #sourceRef()} this module publishes. */
    public static final String REF_PREFIX = "enforcement-line:";

    public static String refOf(long lineId) {
        return REF_PREFIX + lineId;
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
