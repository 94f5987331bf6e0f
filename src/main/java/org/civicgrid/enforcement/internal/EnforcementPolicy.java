package org.civicgrid.enforcement.internal;

import java.util.Collection;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.enforcement.FollowUpStatus;

/** The rules of joint enforcement, in one place; each has its own unit test. */
public final class EnforcementPolicy {

    /** Longest list of departments one operation names. */
    public static final int MAX_DEPARTMENTS = 20;

    private EnforcementPolicy() {}

    /** Officers record operations; officials may record them on the officers' behalf. */
    public static boolean mayRecord(CurrentUser user) {
        return user.has(Role.ENFORCEMENT_OFFICER) || user.isOfficial();
    }

    /** Officers, officials and community workers read operations inside their region. */
    public static boolean mayRead(CurrentUser user) {
        return user.has(Role.ENFORCEMENT_OFFICER) || user.isStaff();
    }

    /** The violation list is city-wide reference data: officials keep it. */
    public static boolean mayEditViolationTypes(CurrentUser user) {
        return user.isOfficial();
    }

    /** A count is a number of cases seen: zero is a valid report ("none found"), below zero is not. */
    public static boolean countIsValid(Integer count) {
        return count != null && count >= 0;
    }

    /** A line recorded on a road must name one of the operation's roads; null means across all of them. */
    public static boolean roadIsOnTheOperation(Long roadId, Collection<Long> operationRoads) {
        return roadId == null || operationRoads.contains(roadId);
    }

    /** Follow-up is asked once per line, and only for a line that counted something. */
    public static boolean followUpMayBeRequested(FollowUpStatus status, int count) {
        return status == FollowUpStatus.NONE && count > 0;
    }

    /** A line that already became a case stays: the case refers to it. */
    public static boolean lineMayBeRemoved(FollowUpStatus status) {
        return status == FollowUpStatus.NONE;
    }

    /** The lead officer is an enforcement officer whose region contains the operation's, or lies inside it. */
    public static boolean mayLead(Collection<Role> roles, String officerRegionPath, String operationRegionPath) {
        return roles.contains(Role.ENFORCEMENT_OFFICER) && officerRegionPath != null
                && (operationRegionPath.startsWith(officerRegionPath) || officerRegionPath.startsWith(operationRegionPath));
    }
}
