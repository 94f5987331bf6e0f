package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.List;

import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseStatus;

/** One step of a case, read without the entity, for a batch of cases at once. */
public record CaseStepRow(long caseId, CaseAction action, CaseStatus fromStatus, CaseStatus toStatus, Long actorId,
        String actorName, String actorRole, Instant at, String comment, List<String> photos, String departmentName) {}
