package org.civicgrid.recognition;

/** What a campaign selects. */
public enum CampaignKind {
    /** 湖南好人 — the province's monthly "good people" candidates. */
    GOOD_PEOPLE,
    /** 文明楼栋 — civilized building. */
    CIVILIZED_BUILDING,
    /** 文明家庭 — civilized family. */
    CIVILIZED_FAMILY,
    /** 最美邻居 — the best neighbour. */
    BEST_NEIGHBOUR,
    /** 其他评议 — any other public appraisal. */
    OTHER
}
