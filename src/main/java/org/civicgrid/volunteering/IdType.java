package org.civicgrid.volunteering;

/** 证件类型 — the identity document a volunteer registered with. */
public enum IdType {
    /** 居民身份证 — PRC resident identity card. */
    RESIDENT_ID_CARD,
    /** 港澳居民来往内地通行证 — Hong Kong and Macao residents' permit. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证 — Taiwan residents' permit. */
    TAIWAN_PERMIT,
    /** 护照 — passport. */
    PASSPORT,
    /** 外国人永久居留身份证 — foreigner's permanent residence card. */
    FOREIGN_PERMANENT_RESIDENT
}
