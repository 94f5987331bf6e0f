package org.civicgrid.cases;

/** How fast the case must be handled; each category sets working hours per urgency. */
public enum CaseUrgency {
    /** 一般 — normal. */
    NORMAL,
    /** 紧急 — urgent. */
    URGENT,
    /** 特急 — emergency, a danger to people. */
    EMERGENCY
}
