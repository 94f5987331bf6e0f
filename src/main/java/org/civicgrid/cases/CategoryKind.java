package org.civicgrid.cases;

/** The two halves of the catalogue. */
public enum CategoryKind {
    /** 部件 — a piece of public infrastructure (cover, lamp, fitness equipment, garbage station). */
    COMPONENT,
    /** 事件 — something happening (vending, parking, garbage piles, sewage, a person needing aid). */
    EVENT
}
