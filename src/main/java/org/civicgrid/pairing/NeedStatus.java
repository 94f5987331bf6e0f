package org.civicgrid.pairing;

/** Where a need on the community's list stands. */
public enum NeedStatus {
    /** 待认领 — on the list, no unit has taken it. */
    OPEN,
    /** 已认领 — a paired unit has taken it on. */
    CLAIMED,
    /** 已转案件 — handed to casework as a case; done when the case closes. */
    ESCALATED,
    /** 已解决 — resolved, by the unit or through the case. */
    DONE
}
