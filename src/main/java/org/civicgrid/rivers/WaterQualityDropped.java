package org.civicgrid.rivers;

import org.civicgrid.shared.events.CaseRequest;

/**
 * 水质下降 — a monitoring section's latest sample is a worse class than the one before: casework opens a case
 * (category {@code river.water-quality-drop}) and reports on {@code river-problem:<problemId>}.
 */
public record WaterQualityDropped(long problemId, long sectionId, WaterClass from, WaterClass to, String sourceRef,
        String categoryCode, String description, Double lat, Double lng, String address, Long regionId,
        String reportedBy) implements CaseRequest {

    @Override
    public String source() {
        return PatrolProblemFound.SOURCE;
    }
}
