package org.civicgrid.enforcement;

/** Where a tally line's follow-up stands; casework reports the case's progress back. */
public enum FollowUpStatus {
    /** 无需跟进 — nothing more to do, or nobody asked yet. */
    NONE,
    /** 已转案件 — a case was asked for; casework has not confirmed it yet. */
    REQUESTED,
    /** 处置中 — casework opened the case and is working on it. */
    IN_PROGRESS,
    /** 已办结 — the case is closed. */
    CLOSED
}
