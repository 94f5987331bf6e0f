package org.civicgrid.rivers;

/** Where a patrol stands. */
public enum PatrolStatus {
    /** 巡河中 — started on a phone, track points still arriving. */
    IN_PROGRESS,
    /** 已完成 — ended; duration and distance are final. */
    COMPLETED
}
