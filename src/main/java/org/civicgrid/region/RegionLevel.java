package org.civicgrid.region;

/** The levels of the region tree, top to bottom. */
public enum RegionLevel {
    /** 市 — the city. */
    CITY,
    /** 区/县/县级市 — district, county or county-level city. */
    DISTRICT,
    /** 街道/乡镇 — street office or township. */
    STREET,
    /** 社区/村 — community or village. */
    COMMUNITY,
    /** 网格 — the smallest unit a grid worker owns. */
    GRID,
    /** 小区/楼栋 — a residential compound or building inside a grid. */
    COMPOUND;

    public boolean isAbove(RegionLevel other) {
        return ordinal() < other.ordinal();
    }
}
