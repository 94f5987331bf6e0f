package org.civicgrid.enforcement;

/** 处置方式 — what the officers did about the violations on one tally line. */
public enum EnforcementAction {
    /** 劝导/警告 — talked to, warned, persuaded to comply. */
    WARNED,
    /** 处罚 — fined or otherwise penalised. */
    FINED,
    /** 拆除/暂扣 — the object was removed or taken away (sunshades, flyers). */
    REMOVED,
    /** 责令整改 — ordered to put it right (on the spot or by a deadline). */
    ORDERED_TO_FIX
}
