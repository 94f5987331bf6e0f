package org.civicgrid.pairing;

/** Who brought a need to the list. */
public enum NeedSource {
    /** 居民反映 — residents. */
    RESIDENT,
    /** 网格员上报 — a grid worker. */
    GRID_WORKER,
    /** 走访收集 — a paired unit's visit. */
    VISIT
}
