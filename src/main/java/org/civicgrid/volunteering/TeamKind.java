package org.civicgrid.volunteering;

/** The kind of a volunteer team. */
public enum TeamKind {
    /** 志愿服务队 — an ordinary volunteer team. */
    GENERAL,
    /** 民间河长队 — civilian river chiefs. */
    CIVILIAN_RIVER_CHIEFS,
    /** 在职党员服务队 — the in-post party members of one unit (by the unit's id). */
    UNIT_PARTY_MEMBERS
}
