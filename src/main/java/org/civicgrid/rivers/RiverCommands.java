package org.civicgrid.rivers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Commands of the river registry and patrols. */
public final class RiverCommands {

    private RiverCommands() {}

    /** 建档 — a water body; {@code regionId} is the region that spans it (the city for 湘江). */
    public record RegisterWaterBody(String code, String name, WaterbodyType type, BigDecimal lengthKm,
            BigDecimal areaKm2, String basin, String description, Long regionId) {}

    /** A segment inside one region, with a GeoJSON LineString/Polygon geometry. */
    public record AddSegment(long waterBodyId, String name, BigDecimal lengthKm, long regionId, String geometry) {}

    /** 任命河长 — a chief; {@code username} links the account they sign in with, if any. */
    public record AppointChief(String name, ChiefLevel level, String position, String username, long regionId,
            LocalDate since) {}

    /** 发现问题 — a problem on a segment, found on a patrol (patrolId) or otherwise. */
    public record ReportProblem(long segmentId, Long patrolId, ProblemCategory category, String description,
            BigDecimal areaM2, Double lat, Double lng, String address, Instant foundAt) {}

    /** 补录巡河 — a patrol entered afterwards. */
    public record EnterPatrol(long chiefId, long segmentId, Instant startedAt, Instant endedAt, Double distanceKm,
            String notes) {}
}
