package org.civicgrid.volunteering;

/** Where a sign-up stands. */
public enum SignUpStatus {
    /** 已报名 — holds a place, not yet checked in. */
    SIGNED_UP,
    /** 服务中 — checked in, not yet out. */
    CHECKED_IN,
    /** 已完成 — checked in and out; the hours count. */
    COMPLETED,
    /** 已取消 — gave the place back. */
    CANCELLED
}
