package org.civicgrid.enforcement;

import java.time.Instant;

/**
 * One line of an operation's tally.
 *
 * @param roadId null when the count covers all of the operation's roads
 * @param caseId the follow-up case, once casework reported it
 */
public record TallyLineView(long id, String violationType, String violationTypeName, String violationTypeNameEn,
        Long roadId, String roadName, int count, EnforcementAction action, String note, FollowUpStatus followUp,
        Long caseId, String caseStatus, Instant followUpRequestedAt) {
}
