package org.civicgrid.rivers;

/** The kinds of water body the registry holds; GB 3838-2002 judges lakes and reservoirs alike. */
public enum WaterbodyType {
    /** 河流 — a river or stream. */
    RIVER,
    /** 湖泊 — a lake. */
    LAKE,
    /** 水库 — a reservoir. */
    RESERVOIR;

    /** Lakes and reservoirs share the stricter phosphorus limits and are judged on total nitrogen. */
    public boolean isStillWater() {
        return this != RIVER;
    }
}
