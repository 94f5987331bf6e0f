package org.civicgrid.enforcement;

/** The sum of one violation type's counts. */
public record TypeTotal(String code, String nameZh, String nameEn, long count) {
}
