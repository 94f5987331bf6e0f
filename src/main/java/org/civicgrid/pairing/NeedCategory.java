package org.civicgrid.pairing;

/**
 * The kind of a need, with the case category it becomes when escalated. The codes are plain descriptive
 * codes for casework's catalogue (部件/事件 classes).
 */
public enum NeedCategory {
    /** 垃圾站/垃圾中转站异味 — event, 市容环境. */
    GARBAGE_STATION("garbage-station-odour"),
    /** 路面不平、破损 — component, 道路交通. */
    ROAD_SURFACE("road-surface-damage"),
    /** 下水道、井盖、盖板损坏或淤堵 — component, 公用设施. */
    DRAINAGE("drain-cover-damage"),
    /** 飞线充电 — event, 街面秩序 / safety. */
    FLYING_WIRE_CHARGING("flying-wire-charging"),
    /** 车辆乱停乱放 — event, 街面秩序. */
    PARKING("illegal-parking"),
    /** 健身器材损坏 — component, 公用设施. */
    FITNESS_EQUIPMENT("fitness-equipment-damage"),
    /** 交通安全隐患 — event, 道路交通. */
    TRAFFIC_HAZARD("traffic-safety-hazard"),
    /** 供水、饮水卫生安全 — event, 公用设施. */
    WATER_SAFETY("tap-water-safety"),
    /** 环境卫生 — event, 市容环境. */
    SANITATION("environmental-sanitation"),
    /** 其他 — anything else. */
    OTHER("other");

    private final String caseCategoryCode;

    NeedCategory(String caseCategoryCode) {
        this.caseCategoryCode = caseCategoryCode;
    }

    /** The casework category the need becomes when escalated. */
    public String caseCategoryCode() {
        return caseCategoryCode;
    }
}
