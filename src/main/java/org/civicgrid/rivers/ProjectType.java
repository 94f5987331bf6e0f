package org.civicgrid.rivers;

/** Kinds of remediation project the river-chief office follows. */
public enum ProjectType {
    /** 黑臭水体整治 — black-odorous water body remediation. */
    BLACK_ODOROUS,
    /** 乡镇污水处理设施 — township sewage treatment plant. */
    TOWNSHIP_SEWAGE,
    /** 小型病险水库除险加固 — small reservoir reinforcement. */
    RESERVOIR_REINFORCEMENT
}
