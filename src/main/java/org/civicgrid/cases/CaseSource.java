package org.civicgrid.cases;

/** Who brought the case in (信息来源). */
public enum CaseSource {
    /** 网格员上报 — a grid worker on patrol. */
    GRID_WORKER,
    /** 群众举报 — a resident or member of the public (also Open311). */
    RESIDENT,
    /** 巡河发现 — a river chief's patrol. */
    RIVER_PATROL,
    /** 联点单位 — a paired unit's need escalated. */
    PAIRED_UNIT,
    /** 执法转办 — a joint-enforcement follow-up. */
    ENFORCEMENT,
    /** 热线 — the 12345 hotline. */
    HOTLINE;

    /** The source named by a {@code CaseRequest}, or {@code fallback} when it names none we know. */
    public static CaseSource parse(String name, CaseSource fallback) {
        if (name != null) {
            for (CaseSource s : values()) {
                if (s.name().equalsIgnoreCase(name.trim())) {
                    return s;
                }
            }
        }
        return fallback;
    }
}
