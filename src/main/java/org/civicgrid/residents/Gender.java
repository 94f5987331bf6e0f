package org.civicgrid.residents;

/** 性别 — as the ID number records it (the 17th digit is odd for men, even for women). */
public enum Gender {
    /** 男 */
    MALE,
    /** 女 */
    FEMALE
}
