package org.civicgrid.pairing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the pairing module shows its controllers and other modules. */
public final class PairingViews {

    private PairingViews() {}

    public record UnitView(long id, String name, UnitType type, String leaderName, String leaderTitle, String phone,
            Set<Long> liaisonUserIds) {}

    public record PairingView(long id, long unitId, String unitName, UnitType unitType, long communityId,
            String communityName, String streetName, String districtName, int year) {}

    public record VisitView(long id, long pairingId, VisitKind kind, LocalDate visitDate, boolean leaderPresent,
            String leaderName, int participants, String participantNames, String discussed, List<String> photos,
            String recordedBy, Instant recordedAt) {}

    /** One pairing on the board as of a date: reported or not, how often visited. */
    public record BoardRow(PairingView pairing, boolean reported, LocalDate firstReportedOn, long visits) {}

    /**
     * 联点进度 — the board as of a date: units (not pairings) that have reported, since a unit may hold
     * several communities.
     */
    public record Board(int year, LocalDate asOf, int unitsTotal, int unitsReported, List<BoardRow> rows) {

        public int unitsNotReported() {
            return unitsTotal - unitsReported;
        }
    }

    public record NeedView(long id, long communityId, String communityName, String title, String description,
            NeedCategory category, NeedSource source, NeedStatus status, String address, String reportedBy,
            Instant reportedAt, Long claimedPairingId, Long claimedUnitId, String claimedUnitName, Instant claimedAt,
            Long caseId, String caseStatus, Instant escalatedAt, Instant resolvedAt, String resolution) {}

    public record PlanItemView(String title, BigDecimal budget, LocalDate dueOn) {}

    public record PlanVersionView(long id, int number, String title, String content, BigDecimal budget,
            List<PlanItemView> items, String changeNote, boolean agreedWithCommunity, String createdBy,
            Instant createdAt) {}

    public record PlanView(long id, long pairingId, int currentVersion, List<PlanVersionView> versions) {

        public PlanVersionView current() {
            return versions.stream().filter(v -> v.number() == currentVersion).findFirst().orElse(null);
        }
    }

    public record InvestmentView(long id, long pairingId, LocalDate investedOn, BigDecimal amount, String purpose,
            String recordedBy) {}

    public record ThanksView(long id, long pairingId, LocalDate receivedOn, ThanksKind kind, int quantity,
            String fromWhom, String words) {}

    /** A pairing with everything recorded for it. */
    public record PairingDetail(PairingView pairing, UnitView unit, List<VisitView> visits, PlanView plan,
            List<InvestmentView> investments, List<ThanksView> thanks, List<NeedView> needs, BigDecimal invested,
            boolean canRecord) {}

    /** 考核排名 — one unit's figures for the year and its score under the configured rules. */
    public record RankingRow(int rank, long unitId, String unitName, UnitType type, String communities,
            boolean reported, long visits, long needsResolved, BigDecimal invested, BigDecimal volunteerHours,
            long thanks, BigDecimal score) {}
}
