package org.civicgrid.cases;

import java.time.Instant;

/** A line of the queue or a map marker: enough to recognise the case, no personal data. */
public record CaseSummary(long id, String categoryCode, String categoryName, String description, CaseStatus status,
        CaseUrgency urgency, CaseSource source, String address, Double lat, Double lng, Long gridId, long regionId,
        Instant reportedAt, Instant deadline, boolean overdue, boolean dueSoon, String departmentName,
        int supervisionCount, Long duplicateOfId, Long mergedIntoId) {

    public CaseId caseId() {
        return new CaseId(id);
    }
}
