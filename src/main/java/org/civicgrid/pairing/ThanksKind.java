package org.civicgrid.pairing;

/** How residents said thank you. */
public enum ThanksKind {
    /** 锦旗 — a silk banner. */
    BANNER,
    /** 感谢信 — a letter. */
    LETTER
}
