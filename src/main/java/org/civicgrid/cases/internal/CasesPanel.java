package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.civicgrid.cases.CaseStatus;
import org.civicgrid.shared.dashboard.Charts;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases panel of the dashboard: open and overdue cases, the on-time closure rate of the period, cases by
 * status, and open cases per child region for the map. Grouped counts over indexed columns (region path and
 * status; report time), never a read of the cases themselves.
 */
@Component
class CasesPanel implements DashboardPanel {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.REPORTED, CaseStatus.REGISTERED,
            CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.VERIFIED);
    private static final Map<CaseStatus, String> NAMES = new EnumMap<>(Map.of(CaseStatus.REPORTED, "已上报",
            CaseStatus.REGISTERED, "已立案", CaseStatus.REJECTED, "不予立案", CaseStatus.DISPATCHED, "已派遣",
            CaseStatus.HANDLED, "已处置", CaseStatus.VERIFIED, "核查通过", CaseStatus.CLOSED, "已结案"));

    private final EntityManager em;

    CasesPanel(EntityManager em) {
        this.em = em;
    }

    @Override
    public String id() {
        return "cases";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Panel build(DashboardQuery query) {
        String like = query.regionPath() + "%";
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (Object[] row : em.createQuery("select c.status, count(c) from CaseFile c where c.regionPath like :p "
                + "group by c.status", Object[].class).setParameter("p", like).getResultList()) {
            byStatus.put((CaseStatus) row[0], ((Number) row[1]).longValue());
        }
        long open = OPEN.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        Instant now = query.now() == null ? Instant.now() : query.now();
        long overdue = em.createQuery("select count(c) from CaseFile c where c.regionPath like :p and c.status in :open "
                + "and c.deadline < :now", Long.class).setParameter("p", like).setParameter("open", OPEN)
                .setParameter("now", now).getSingleResult();
        Object[] period = em.createQuery("select count(c), sum(case when c.closedOnTime = true then 1 else 0 end) "
                + "from CaseFile c where c.regionPath like :p and c.reportedAt >= :from and c.reportedAt < :to "
                + "and c.status <> org.civicgrid.cases.CaseStatus.REJECTED and c.mergedIntoId is null", Object[].class)
                .setParameter("p", like).setParameter("from", query.fromInstant())
                .setParameter("to", query.toInstantExclusive()).getSingleResult();
        long due = period[0] == null ? 0 : ((Number) period[0]).longValue();
        long onTime = period[1] == null ? 0 : ((Number) period[1]).longValue();
        String rate = due == 0 ? "—" : String.format("%.1f", onTime * 100.0 / due);

        Map<String, Long> pie = new LinkedHashMap<>();
        byStatus.forEach((s, n) -> pie.put(NAMES.get(s), n));
        Map<Long, Double> perChild = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardQuery.Child child : query.children()) {
            long n = em.createQuery("select count(c) from CaseFile c where c.regionPath like :p and c.status in :open",
                    Long.class).setParameter("p", child.path() + "%").setParameter("open", OPEN).getSingleResult();
            perChild.put(child.id(), (double) n);
            rows.add(List.of(child.name(), n));
        }
        return Panel.builder(id(), "cases.panel.title")
                .figure("cases.panel.open", open)
                .figure(new Panel.Figure("cases.panel.overdue", String.valueOf(overdue), null, overdue > 0 ? "bad" : "good",
                        "/cases?overdue=true"))
                .figure(new Panel.Figure("cases.panel.onTimeRate", rate, due == 0 ? null : "%", null, null))
                .chart("status", "cases.panel.byStatus", Charts.pie("案卷", pie))
                .table("cases.panel.open", List.of("cases.panel.region", "cases.panel.open"), rows)
                .regionValues("cases.panel.open", perChild)
                .link("/cases")
                .build();
    }
}
