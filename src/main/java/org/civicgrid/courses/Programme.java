package org.civicgrid.courses;

/** The community programme a class belongs to. */
public enum Programme {
    /** 社区学苑 — the community's school for older residents: singing, African drum, calligraphy, dance, WeChat. */
    COMMUNITY_ACADEMY,
    /** 四点半课堂 — after-school care for children whose parents are still at work. */
    AFTER_SCHOOL,
    /** 儿童快乐之家 — interest groups, guidance and tutoring for children. */
    CHILDREN_HOME,
    /** 读书会 — a reading club, e.g. the 稻花香 reading club for parents and children. */
    READING_CLUB,
    /** 红色讲堂 — mobile party lectures, also held in the homes of members who cannot go out. */
    PARTY_LECTURE,
    /** 其他 — any other class. */
    OTHER
}
