package org.civicgrid.pairing;

import org.civicgrid.shared.events.CaseRequest;

/**
 * A need on a community's list was handed to casework as a case (source {@code PAIRED_UNIT}, reference
 * {@code pairing-need:<id>}); casework opens the case and reports back with {@code CaseStatusChanged}.
 */
public record PairingNeedEscalated(long needId, String categoryCode, String description, Double lat, Double lng,
        String address, Long regionId, String reportedBy) implements CaseRequest {

    public static final String SOURCE = "PAIRED_UNIT";
    public static final String REF_PREFIX = "pairing-need:";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public String sourceRef() {
        return REF_PREFIX + needId;
    }
}
