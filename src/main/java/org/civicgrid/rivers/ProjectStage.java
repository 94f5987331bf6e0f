package org.civicgrid.rivers;

/** Stage of a remediation project. */
public enum ProjectStage {
    /** 前期工作 — preliminary work: siting, land, approvals, contracts. */
    PRELIMINARY,
    /** 施工中 — under construction. */
    UNDER_CONSTRUCTION,
    /** 已完工 — done. */
    DONE,
    /** 停滞 — stalled: no real progress. */
    STALLED
}
