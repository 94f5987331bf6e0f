package org.civicgrid.notices;

/** Where an online application stands. */
public enum ApplicationStatus {
    /** 已提交 — waiting for the community worker. */
    SUBMITTED,
    /** 已受理 — the worker has taken it on. */
    ACCEPTED,
    /** 已转办 — forwarded as a case to the departments (temporary assistance). */
    FORWARDED,
    /** 已办结 — done. */
    COMPLETED,
    /** 不予受理 — refused, with the reason. */
    REJECTED,
    /** 已撤回 — withdrawn by the applicant before it was taken on. */
    WITHDRAWN;

    public boolean open() {
        return this == SUBMITTED || this == ACCEPTED || this == FORWARDED;
    }
}
