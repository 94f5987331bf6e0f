package org.civicgrid.pairing;

/** What a visit to the community was. */
public enum VisitKind {
    /** 报到 — the unit's first call on its community for the year. */
    REPORT_IN,
    /** 走访对接 — any later visit. */
    VISIT
}
