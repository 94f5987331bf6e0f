package org.civicgrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case with its timeline, as the caller may see it.
 *
 * @param reporterName    the reporter's name, or null when the caller may not see it (anonymous to the public)
 * @param allowedActions  the transitions the caller may ask for now (for buttons on a page)
 * @param routedDepartmentId the department routing suggests for dispatch
 * @param possibleDuplicates open cases of the same category nearby, reported around the same time
 * @param mayRate         true when the caller is the reporting resident and the case is closed and unrated
 */
public record CaseView(long id, String categoryCode, String categoryName, CategoryKind categoryKind,
        String description, CaseStatus status, CaseUrgency urgency, CaseSource source, String sourceRef,
        Double lat, Double lng, String address, Long gridId, String gridName, long regionId, String regionPath,
        String reporterName, boolean anonymous, List<String> photos, Map<String, String> attributes,
        Instant reportedAt, Instant deadline, boolean overdue, boolean dueSoon, Long departmentId,
        String departmentName, Instant dispatchedAt, Instant handledAt, Instant closedAt, Boolean closedOnTime,
        int reworkCount, int supervisionCount, Long supervisionRegionId, Long duplicateOfId, Long mergedIntoId,
        Integer rating, String ratingComment, Long routedDepartmentId, String routedDepartmentName,
        List<CaseSummary> possibleDuplicates, Set<CaseAction> allowedActions, boolean mayRate, boolean mayMerge,
        List<CaseStepView> timeline, long version) {

    public CaseId caseId() {
        return new CaseId(id);
    }
}
