package org.civicgrid.residents;

/** 重点人群标签 — why a resident needs the community's attention; a resident may carry several. */
public enum CareTag {
    /** 独居老人 — an elderly person living alone. */
    ELDERLY_ALONE,
    /** 留守儿童 — a child whose parents work far away. */
    LEFT_BEHIND_CHILD,
    /** 困境儿童 — a child in difficulty (poverty, illness, a disabled or absent parent). */
    CHILD_IN_DIFFICULTY,
    /** 残疾人 — a person with a disability. */
    DISABLED,
    /** 困难家庭 — a member of a low-income household. */
    LOW_INCOME,
    /** 外来务工子女 — a child of migrant workers. */
    MIGRANT_WORKER_CHILD,
    /** 行动不便党员 — a party member who cannot leave home (the 红色讲堂 comes to them). */
    HOMEBOUND_PARTY_MEMBER
}
