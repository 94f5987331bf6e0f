package org.civicgrid.volunteering;

/** What kind of service an activity is. */
public enum ActivityType {
    /** 文明实践微服务 — the small service in-post party members owe their home community each month. */
    CIVILIZATION_MICRO_SERVICE,
    /** 便民服务 — everyday help such as free haircuts or repairs. */
    CONVENIENCE,
    /** 环境卫生 — cleaning stairwells, greening, clearing litter. */
    ENVIRONMENT,
    /** 关爱帮扶 — care for the elderly, children, the disabled and families in difficulty. */
    CARE,
    /** 爱心餐饮 — free meals, such as breakfasts for sanitation workers. */
    MEALS,
    /** 河湖守护 — river patrols and clean-ups by civilian river chiefs. */
    RIVER_PROTECTION,
    /** 文明宣传 — civilization campaigns, promotion and persuasion. */
    PROMOTION,
    /** 其他 — anything else. */
    OTHER
}
