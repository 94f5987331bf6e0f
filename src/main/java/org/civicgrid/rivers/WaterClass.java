package org.civicgrid.rivers;

/** 水质类别 — surface-water class per GB 3838-2002, best first. */
public enum WaterClass {
    /** Ⅰ类 — source water, national nature reserves. */
    I,
    /** Ⅱ类 — first-grade drinking-water protection areas. */
    II,
    /** Ⅲ类 — second-grade drinking-water protection areas, fisheries, swimming. */
    III,
    /** Ⅳ类 — industrial water, recreation without body contact. */
    IV,
    /** Ⅴ类 — agricultural water, landscape. */
    V,
    /** 劣Ⅴ类 — worse than class V. */
    WORSE_THAN_V;

    public boolean isWorseThan(WaterClass other) {
        return ordinal() > other.ordinal();
    }

    public static WaterClass worst(WaterClass a, WaterClass b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** Colour of the class on maps and charts (the conventional blue → red scale). */
    public String color() {
        return switch (this) {
            case I -> "#1e88e5";
            case II -> "#26a69a";
            case III -> "#66bb6a";
            case IV -> "#fdd835";
            case V -> "#fb8c00";
            case WORSE_THAN_V -> "#e53935";
        };
    }
}
