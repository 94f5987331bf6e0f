package org.civicgrid.rivers;

import java.util.Arrays;
import java.util.Optional;

/** What a patrol finds, with the casework category code each becomes. */
public enum ProblemCategory {
    /** 乱占 — illegal occupation of the river or its banks. */
    ILLEGAL_OCCUPATION("river.illegal-occupation"),
    /** 乱采 — illegal sand mining. */
    SAND_MINING("river.sand-mining"),
    /** 乱堆 — illegal dumping. */
    DUMPING("river.dumping"),
    /** 乱建 — illegal building in the river's management area. */
    ILLEGAL_BUILDING("river.illegal-building"),
    /** 入河排污口 — a sewage outfall or untreated discharge. */
    SEWAGE_OUTFALL("river.sewage-outfall"),
    /** 畜禽养殖污染 — livestock or poultry farm pollution. */
    LIVESTOCK_POLLUTION("river.livestock-pollution"),
    /** 网箱养殖 — fish-cage pollution. */
    FISH_CAGE("river.fish-cage"),
    /** 黑臭水体 — black-odorous water. */
    BLACK_ODOROUS("river.black-odorous"),
    /** 僵尸船 — an abandoned ship. */
    ZOMBIE_SHIP("river.zombie-ship"),
    /** 水质下降 — a monitoring section dropped a class (raised by the samples, not by a chief). */
    WATER_QUALITY_DROP("river.water-quality-drop"),
    /** 其他 — anything else. */
    OTHER("river.other");

    private final String caseCategoryCode;

    ProblemCategory(String caseCategoryCode) {
        this.caseCategoryCode = caseCategoryCode;
    }

    public String caseCategoryCode() {
        return caseCategoryCode;
    }

    public static Optional<ProblemCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.caseCategoryCode.equals(code) || c.name().equals(code)).findFirst();
    }
}
