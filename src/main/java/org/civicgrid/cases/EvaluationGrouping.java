package org.civicgrid.cases;

/** What the evaluation table has one row per. */
public enum EvaluationGrouping {
    /** 按区域 — the regions one level below the chosen region. */
    REGION,
    /** 按部门 — handling departments. */
    DEPARTMENT,
    /** 按类别 — case categories. */
    CATEGORY
}
