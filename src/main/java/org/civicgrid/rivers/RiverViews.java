package org.civicgrid.rivers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the river pages and the API show: read-only views of the registry, patrols and problems. */
public final class RiverViews {

    private RiverViews() {}

    public record WaterBodySummary(long id, String code, String name, WaterbodyType type, BigDecimal lengthKm,
            BigDecimal areaKm2, String basin, int segmentCount, long openProblems, WaterClass latestClass) {}

    public record WaterBodyDetail(long id, String code, String name, WaterbodyType type, BigDecimal lengthKm,
            BigDecimal areaKm2, String basin, String description, List<SegmentView> segments,
            List<ProblemView> openProblems, List<SectionView> sections) {}

    public record ChiefRef(long id, String name, ChiefLevel level, String position) {}

    public record SegmentView(long id, long waterBodyId, String waterBodyName, String name, BigDecimal lengthKm,
            long regionId, String regionName, String geometry, List<ChiefRef> chiefs, List<ChiefLevel> missingLevels) {}

    public record ChiefView(long id, String name, ChiefLevel level, String position, String username, long regionId,
            String regionName, LocalDate since, List<SegmentView> segments) {}

    public record PatrolView(long id, long chiefId, String chiefName, long segmentId, String segmentName,
            String waterBodyName, PatrolStatus status, Instant startedAt, Instant endedAt, Long durationMinutes,
            Double distanceKm, int pointCount, String notes, boolean enteredAfterwards, List<String> photos,
            List<ProblemView> problems) {}

    public record ProblemView(long id, Long patrolId, long waterBodyId, String waterBodyName, long segmentId,
            String segmentName, ProblemCategory category, String categoryCode, String description, BigDecimal areaM2,
            Double lat, Double lng, String address, Instant foundAt, String reportedBy, Long caseId, String caseStatus,
            boolean closed) {}

    public record SectionView(long id, long waterBodyId, String waterBodyName, String code, String name, double lat,
            double lng, WaterClass targetClass, WaterClass latestClass, BlackOdorousGrade latestGrade,
            Instant latestAt) {}

    /** A track point as the phone sends it. */
    public record TrackPoint(Instant at, double lat, double lng, Double accuracy) {}

    /** What a batch of points did: {@code added} new, the rest already known. */
    public record PointBatchResult(long patrolId, int received, int added, int total) {}

    /**
     * One chief on the compliance board.
     *
     * @param daysBehind 0 when on time; else the days since the next patrol fell due
     */
    public record ComplianceRow(long chiefId, String name, ChiefLevel level, String position, long regionId,
            String regionName, String every, LocalDate lastPatrol, LocalDate dueOn, long daysBehind) {

        public boolean behind() {
            return daysBehind > 0;
        }
    }
}
