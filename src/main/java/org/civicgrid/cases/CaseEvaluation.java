package org.civicgrid.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 综合评价 — on-time closure rate, closure rate, rework rate, average handling time and satisfaction per
 * region, department or category for any period, over the cases reported in it. One grouped query over
 * the case table (indexed on report time and region path), so the figures stay quick with millions of cases.
 */
@Service
public class CaseEvaluation {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final Regions regions;
    private final CaseCatalogue catalogue;

    CaseEvaluation(EntityManager em, Regions regions, CaseCatalogue catalogue) {
        this.em = em;
        this.regions = regions;
        this.catalogue = catalogue;
    }

    /**
     * The table for cases reported from {@code from} to {@code to} (inclusive days) inside {@code regionId}
     * (null: the caller's region). Staff and grid workers only.
     */
    @Transactional(readOnly = true)
    public Evaluation evaluate(LocalDate from, LocalDate to, Long regionId, EvaluationGrouping grouping) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff() && !me.has(Role.GRID_WORKER)) {
            throw new ForbiddenException("Only staff see the evaluation");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "a period: from on or before to");
        }
        if (from.getYear() < 1970 || to.getYear() > 2999) {
            throw new InvalidInputException("from", "a period between 1970 and 2999");
        }
        RegionRef region = regionId == null ? regions.get(new RegionId(me.regionId()))
                : regions.find(new RegionId(regionId)).filter(r -> me.canSee(r.path()))
                        .orElseThrow(() -> new NotFoundException("Region", regionId));
        EvaluationGrouping by = grouping == null ? EvaluationGrouping.REGION : grouping;
        String key = switch (by) {
            case DEPARTMENT -> "c.departmentId";
            case CATEGORY -> "c.categoryCode";
            case REGION -> regionColumn(region.level());
        };
        String jpql = "select " + key + ", count(c), "
                + "sum(case when c.status = org.civicgrid.cases.CaseStatus.CLOSED then 1 else 0 end), "
                + "sum(case when c.closedOnTime = true then 1 else 0 end), "
                + "sum(case when c.handledCount > 0 then 1 else 0 end), "
                + "sum(case when c.reworkCount > 0 then 1 else 0 end), "
                + "sum(case when c.status <> org.civicgrid.cases.CaseStatus.CLOSED and c.deadline < :now then 1 else 0 end), "
                + "avg(c.handlingMinutes), avg(c.rating * 1.0), count(c.rating) "
                + "from CaseFile c where c.regionPath like :path and c.reportedAt >= :from and c.reportedAt < :to "
                + "and c.status <> org.civicgrid.cases.CaseStatus.REJECTED and c.mergedIntoId is null "
                + "group by " + key;
        List<Object[]> rows = em.createQuery(jpql, Object[].class)
                .setParameter("path", region.path() + "%")
                .setParameter("from", from.atStartOfDay(ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(ZONE).toInstant())
                .setParameter("now", java.time.Instant.now())
                .getResultList();
        Map<Long, String> departmentNames = new HashMap<>();
        catalogue.departments().forEach(d -> departmentNames.put(d.id(), d.name()));
        List<EvaluationRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            String k = r[0] == null ? "" : String.valueOf(r[0]);
            String name = switch (by) {
                case DEPARTMENT -> r[0] == null ? "未派遣" : departmentNames.getOrDefault(((Number) r[0]).longValue(), k);
                case CATEGORY -> catalogue.find(k).map(CategoryView::name).orElse(k);
                case REGION -> r[0] == null ? region.name()
                        : regions.find(new RegionId(((Number) r[0]).longValue())).map(RegionRef::name).orElse(k);
            };
            out.add(row(k, name, r));
        }
        out.sort(Comparator.comparing(EvaluationRow::due).reversed().thenComparing(EvaluationRow::name));
        return new Evaluation(from, to, region.id(), region.name(), by, out, total(out));
    }

    private static String regionColumn(RegionLevel level) {
        return switch (level) {
            case CITY -> "c.districtId";
            case DISTRICT -> "c.streetId";
            case STREET -> "c.communityId";
            default -> "c.gridId";
        };
    }

    private static EvaluationRow row(String key, String name, Object[] r) {
        Double avgMinutes = r[7] == null ? null : ((Number) r[7]).doubleValue();
        return new EvaluationRow(key, name, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                avgMinutes == null ? null : Math.round(avgMinutes / 6.0) / 10.0,
                r[8] == null ? null : Math.round(((Number) r[8]).doubleValue() * 100) / 100.0, n(r[9]));
    }

    private static EvaluationRow total(List<EvaluationRow> rows) {
        long due = 0, closed = 0, onTime = 0, handled = 0, reworked = 0, overdue = 0, ratings = 0;
        double minutes = 0, stars = 0;
        for (EvaluationRow r : rows) {
            due += r.due();
            closed += r.closed();
            onTime += r.closedOnTime();
            handled += r.handled();
            reworked += r.reworked();
            overdue += r.overdue();
            ratings += r.ratings();
            if (r.avgHandlingHours() != null) {
                minutes += r.avgHandlingHours() * r.closed();
            }
            if (r.satisfaction() != null) {
                stars += r.satisfaction() * r.ratings();
            }
        }
        return new EvaluationRow("total", "合计", due, closed, onTime, handled, reworked, overdue,
                closed == 0 ? null : Math.round(minutes / closed * 10) / 10.0,
                ratings == 0 ? null : Math.round(stars / ratings * 100) / 100.0, ratings);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
