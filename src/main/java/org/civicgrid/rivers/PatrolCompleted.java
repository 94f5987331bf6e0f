package org.civicgrid.rivers;

import java.time.Instant;

/** 巡河完成 — a patrol ended (or was entered afterwards), with its duration and distance. */
public record PatrolCompleted(long patrolId, long chiefId, long segmentId, String regionPath, Instant startedAt,
        long durationSeconds, double distanceMetres) {
}
