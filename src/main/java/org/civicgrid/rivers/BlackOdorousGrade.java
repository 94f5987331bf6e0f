package org.civicgrid.rivers;

/** 黑臭程度 — urban black-odorous water grade per the 2015 guideline, best first. */
public enum BlackOdorousGrade {
    /** 不黑臭 — every indicator is outside the black-odorous ranges. */
    NONE,
    /** 轻度黑臭 — light. */
    LIGHT,
    /** 重度黑臭 — severe. */
    SEVERE;

    public static BlackOdorousGrade worst(BlackOdorousGrade a, BlackOdorousGrade b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
