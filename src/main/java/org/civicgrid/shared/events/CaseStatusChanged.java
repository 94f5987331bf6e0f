package org.civicgrid.shared.events;

import java.time.Instant;

/**
 * Published by casework on every step of a case, so that the module that asked for the case
 * ({@code sourceRef}) can show its progress without reading casework's records.
 *
 * @param status the case's status name after the step, e.g. DISPATCHED, CLOSED
 * @param closed true once the case is closed (or rejected)
 */
public record CaseStatusChanged(long caseId, String source, String sourceRef, String status, boolean closed,
        Instant at) {
}
