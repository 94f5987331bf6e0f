package org.civicgrid.cases;

/** Where a case stands in the digital urban-management flow. */
public enum CaseStatus {
    /** 上报 — reported, waiting for intake. */
    REPORTED,
    /** 立案 — accepted and registered as a case. */
    REGISTERED,
    /** 不予立案 — refused at intake, with a reason. */
    REJECTED,
    /** 派遣 — sent to the responsible department or unit. */
    DISPATCHED,
    /** 处置反馈 — the department reports it handled. */
    HANDLED,
    /** 核查通过 — checked on site and found fixed. */
    VERIFIED,
    /** 结案 — closed. */
    CLOSED;

    /** True while someone still has to act on the case. */
    public boolean isOpen() {
        return this != REJECTED && this != CLOSED;
    }
}
