package org.civicgrid.cases;

import java.time.Instant;
import java.util.List;

/** One entry of a case's timeline; steps are appended and never change. */
public record CaseStepView(long id, CaseAction action, CaseStatus fromStatus, CaseStatus toStatus, String actorUsername,
        String actorName, String actorRole, Instant at, String comment, List<String> photos, Long departmentId,
        String departmentName, Long supervisionRegionId) {
}
