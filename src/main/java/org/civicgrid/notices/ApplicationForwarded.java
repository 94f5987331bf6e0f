package org.civicgrid.notices;

import org.civicgrid.shared.events.CaseRequest;

/**
 * A community worker forwarded an application for temporary assistance as a case (e.g. 丁凡's, to civil
 * affairs); casework opens it and reports back with {@code CaseStatusChanged} carrying
 * {@code application:<id>}.
 */
public record ApplicationForwarded(long applicationId, String categoryCode, String description, String address,
        Long regionId, String reportedBy) implements CaseRequest {

    @Override
    public String source() {
        return "RESIDENT";
    }

    @Override
    public String sourceRef() {
        return "application:" + applicationId;
    }

    @Override
    public Double lat() {
        return null;
    }

    @Override
    public Double lng() {
        return null;
    }
}
