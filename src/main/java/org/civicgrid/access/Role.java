package org.civicgrid.access;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do; a user holds one or more roles and one home region. */
public enum Role {
    /** 平台管理员 — administers the platform for the whole city. */
    PLATFORM_ADMIN,
    /** 市级管理员 — city official. */
    CITY_OFFICIAL,
    /** 区县管理员 — district or county official. */
    DISTRICT_OFFICIAL,
    /** 街道管理员 — street or township official. */
    STREET_OFFICIAL,
    /** 社区工作者 — runs one community (居委会). */
    COMMUNITY_WORKER,
    /** 网格员 — owns one grid; visits households, reports and verifies cases. */
    GRID_WORKER,
    /** 联点单位联络员 — liaison of a government unit paired with a community. */
    UNIT_LIAISON,
    /** 河长 — river chief at one of four levels, or a civilian river chief. */
    RIVER_CHIEF,
    /** 执法人员 — joint enforcement officer. */
    ENFORCEMENT_OFFICER,
    /** 志愿者 — volunteer, including in-post party members. */
    VOLUNTEER,
    /** 居民 — resident or member of the public. */
    RESIDENT;

    /** Officials who steer a region: see everything inside it, supervise, export. */
    public static final Set<Role> OFFICIALS = EnumSet.of(PLATFORM_ADMIN, CITY_OFFICIAL, DISTRICT_OFFICIAL, STREET_OFFICIAL);

    /** Staff who work on records inside their region (officials and community workers). */
    public static final Set<Role> STAFF = EnumSet.of(PLATFORM_ADMIN, CITY_OFFICIAL, DISTRICT_OFFICIAL, STREET_OFFICIAL,
            COMMUNITY_WORKER);

    public String authority() {
        return "ROLE_" + name();
    }
}
