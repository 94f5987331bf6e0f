package org.civicgrid.rivers;

import org.civicgrid.region.RegionLevel;

/** 河长层级 — the four official levels of river chief, and civilian chiefs beside them. */
public enum ChiefLevel {
    /** 市级河长 — city level. */
    CITY(RegionLevel.CITY),
    /** 县级河长 — county or district level. */
    COUNTY(RegionLevel.DISTRICT),
    /** 乡级河长 — township or street level. */
    TOWNSHIP(RegionLevel.STREET),
    /** 村级河长 — village or community level. */
    VILLAGE(RegionLevel.COMMUNITY),
    /** 民间河长 — a civilian volunteer chief; has no patrol duty and no one-per-segment rule. */
    CIVILIAN(null);

    private final RegionLevel regionLevel;

    ChiefLevel(RegionLevel regionLevel) {
        this.regionLevel = regionLevel;
    }

    /** The region level a chief of this level answers for (null for civilians, who may sit anywhere). */
    public RegionLevel regionLevel() {
        return regionLevel;
    }

    public boolean isOfficial() {
        return this != CIVILIAN;
    }
}
