package org.civicgrid.courses;

/**
 * The care groups a class may be reserved for (the residents register's tags). A class that names one
 * is open only to residents who carry it, once the residents register can say who does.
 */
public enum CareTag {
    /** 独居老人 — elderly person living alone. */
    ELDERLY_ALONE,
    /** 留守儿童 — left-behind child. */
    LEFT_BEHIND_CHILD,
    /** 困境儿童 — child in difficulty. */
    CHILD_IN_DIFFICULTY,
    /** 残疾人 — person with a disability. */
    DISABLED,
    /** 困难家庭 — low-income household. */
    LOW_INCOME,
    /** 外来务工子女 — migrant worker's child. */
    MIGRANT_WORKER_CHILD,
    /** 行动不便党员 — party member who cannot leave home. */
    HOMEBOUND_PARTY_MEMBER
}
