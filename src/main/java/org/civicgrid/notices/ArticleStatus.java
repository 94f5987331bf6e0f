package org.civicgrid.notices;

/** Where an article stands. A published article with a future publish time is "scheduled" until then. */
public enum ArticleStatus {
    /** 草稿 — written, not for the public yet. */
    DRAFT,
    /** 已发布 — public from its publish time on. */
    PUBLISHED,
    /** 已撤回 — taken down. */
    WITHDRAWN
}
