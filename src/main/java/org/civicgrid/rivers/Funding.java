package org.civicgrid.rivers;

/** Whether a project's money is in place. */
public enum Funding {
    /** 资金到位 — secured. */
    SECURED,
    /** 部分到位 — partly secured. */
    PARTIAL,
    /** 无资金来源 — no source of funds yet. */
    NONE
}
