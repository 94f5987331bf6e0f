package org.civicgrid.pairing;

/** The kind of a paired unit. */
public enum UnitType {
    /** 市直单位 — a city department or public institution. */
    CITY_DEPARTMENT,
    /** 省级以上文明单位 — a unit recognised as civilized at provincial level or above. */
    CIVILIZED_UNIT,
    /** 企业 — a state-owned or other enterprise. */
    ENTERPRISE
}
