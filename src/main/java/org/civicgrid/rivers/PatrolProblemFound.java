package org.civicgrid.rivers;

import org.civicgrid.shared.events.CaseRequest;

/**
 * 巡河发现问题 — a patrol found a problem (四乱, an outfall, farm or fish-cage pollution, black-odorous water,
 * a zombie ship ...): casework opens a case and reports each step on {@code river-problem:<problemId>}.
 */
public record PatrolProblemFound(long problemId, long waterBodyId, long segmentId, Long patrolId, String sourceRef,
        String categoryCode, String description, Double lat, Double lng, String address, Long regionId,
        String reportedBy) implements CaseRequest {

    /** The case source casework files river problems under. */
    public static final String SOURCE = "RIVER_PATROL";

    /** Prefix of every {@link #sourceRef()} this module publishes (problems and water-quality drops alike). */
    public static final String REF_PREFIX = "river-problem:";

    public static String refOf(long problemId) {
        return REF_PREFIX + problemId;
    }

    @Override
    public String source() {
        return SOURCE;
    }
}
