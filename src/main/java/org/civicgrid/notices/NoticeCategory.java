package org.civicgrid.notices;

/** What kind of item the public account publishes. */
public enum NoticeCategory {
    /** 社区动态 — news of the community. */
    NEWS,
    /** 通知公告 — a notice residents must know. */
    NOTICE,
    /** 活动预告 — an activity announced ahead. */
    ACTIVITY,
    /** 政策解读 — a policy explained. */
    POLICY,
    /** 好人好事 — good people and good deeds. */
    GOOD_PEOPLE
}
