package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.List;

import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseUrgency;

/**
 * A case as its reporter's copy of their data holds it, read without the entity (a person's thousands of cases
 * never sit in the persistence context); the timeline comes apart, as {@link CaseStepRow}s.
 */
public record ReportedCaseRow(long id, String categoryCode, String description, String address, Double lat, Double lng,
        boolean anonymous, List<String> photos, String attributesJson, CaseSource source, CaseUrgency urgency,
        CaseStatus status, Instant reportedAt, Instant deadline, String departmentName, Instant closedAt,
        Integer rating, String ratingComment, Long duplicateOfId, Long mergedIntoId) {}
