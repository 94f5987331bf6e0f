package org.civicgrid.recognition;

/** How many votes a person may give in a campaign. */
public enum VoteRule {
    /** 每位候选人限投一票 — one vote per person for each candidate, for the whole campaign. */
    ONE_PER_CANDIDATE,
    /** 每人每天每位候选人一票 — one vote per person for each candidate on each Shanghai calendar day. */
    ONE_PER_DAY,
    /** 限投 N 票 — {@code votes_allowed} votes in all per person, at most one per candidate. */
    TOTAL_N
}
