package org.civicgrid.pairing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.pairing.PairingViews.PairingView;
import org.civicgrid.pairing.PairingViews.RankingRow;
import org.civicgrid.pairing.internal.InvestmentRepository;
import org.civicgrid.pairing.internal.NeedRepository;
import org.civicgrid.pairing.internal.Pairing;
import org.civicgrid.pairing.internal.PairingRepository;
import org.civicgrid.pairing.internal.PairingSupport;
import org.civicgrid.pairing.internal.ThanksRepository;
import org.civicgrid.pairing.internal.UnitVisitRepository;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.ServiceRecords;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联点单位考核排名 — each unit's year: visits, needs resolved, money invested, service hours of its in-post
 * party members and thanks received, scored by the configured {@link ScoringRules}.
 */
@Service
@EnableConfigurationProperties(ScoringRules.class)
public class UnitRanking {

    private final PairingRepository pairings;
    private final UnitVisitRepository visits;
    private final NeedRepository needs;
    private final InvestmentRepository investments;
    private final ThanksRepository thanks;
    private final PairingSupport support;
    private final ServiceRecords serviceRecords;
    private final ScoringRules rules;

    UnitRanking(PairingRepository pairings, UnitVisitRepository visits, NeedRepository needs,
            InvestmentRepository investments, ThanksRepository thanks, PairingSupport support,
            ServiceRecords serviceRecords, ScoringRules rules) {
        this.pairings = pairings;
        this.visits = visits;
        this.needs = needs;
        this.investments = investments;
        this.thanks = thanks;
        this.support = support;
        this.serviceRecords = serviceRecords;
        this.rules = rules;
    }

    public ScoringRules rules() {
        return rules;
    }

    /** Units paired with communities in the caller's region in {@code year}, best first. */
    @Transactional(readOnly = true)
    public List<RankingRow> rank(int year) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers see the ranking");
        }
        List<Pairing> list = pairings.inScope(year, me.scope().likePattern());
        Map<Long, List<PairingView>> byUnit = new LinkedHashMap<>();
        for (PairingView p : support.views(list)) {
            byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p);
        }
        if (byUnit.isEmpty()) {
            return List.of();
        }
        Set<Long> unitIds = byUnit.keySet();
        LocalDate from = Year.of(year).atDay(1);
        LocalDate to = Year.of(year).atDay(Year.of(year).length());
        Map<Long, Long> visitCounts = longs(visits.byUnit(unitIds, from, to));
        Map<Long, Long> resolved = longs(needs.resolvedByUnit(unitIds, from.atStartOfDay(TimeConfiguration.ZONE)
                .toInstant(), to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant()));
        Map<Long, BigDecimal> money = decimals(investments.byUnit(unitIds, from, to));
        Map<Long, Long> thankCounts = longs(thanks.byUnit(unitIds, from, to));
        Map<Long, BigDecimal> hours = serviceRecords.hoursByUnit(unitIds, year);
        List<RankingRow> rows = new ArrayList<>();
        for (var entry : byUnit.entrySet()) {
            long unitId = entry.getKey();
            PairingView first = entry.getValue().get(0);
            long v = visitCounts.getOrDefault(unitId, 0L);
            long n = resolved.getOrDefault(unitId, 0L);
            BigDecimal m = money.getOrDefault(unitId, BigDecimal.ZERO);
            BigDecimal h = hours.getOrDefault(unitId, BigDecimal.ZERO);
            long t = thankCounts.getOrDefault(unitId, 0L);
            rows.add(new RankingRow(0, unitId, first.unitName(), first.unitType(),
                    entry.getValue().stream().map(PairingView::communityName).collect(Collectors.joining("、")),
                    v > 0, v, n, m, h, t, rules.score(v > 0, v, n, m, h, t)));
        }
        rows.sort(Comparator.comparing(RankingRow::score).reversed().thenComparing(RankingRow::unitName));
        List<RankingRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RankingRow r = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).score().compareTo(r.score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankingRow(rank, r.unitId(), r.unitName(), r.type(), r.communities(), r.reported(),
                    r.visits(), r.needsResolved(), r.invested(), r.volunteerHours(), r.thanks(), r.score()));
        }
        return ranked;
    }

    private static Map<Long, Long> longs(List<Object[]> rows) {
        Map<Long, Long> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }

    private static Map<Long, BigDecimal> decimals(List<Object[]> rows) {
        Map<Long, BigDecimal> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(),
                r[1] instanceof BigDecimal b ? b : new BigDecimal(r[1].toString())));
        return out;
    }
}
