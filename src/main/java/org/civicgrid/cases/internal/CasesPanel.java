package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.shared.dashboard.Charts;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases panel of the dashboard: open, overdue and supervised cases, the on-time closure rate of the
 * period, cases by status, source and category, and open cases per child region for the map. The all-time
 * figures come from {@link CaseTallies} (kept exact by every transition, a few rows per region); overdue
 * cases and the period's closure rate are counted over indexed columns bounded by the deadline and the period.
 */
@Component
class CasesPanel implements DashboardPanel {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.REPORTED, CaseStatus.REGISTERED,
            CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.VERIFIED);

    private static final int TOP_CATEGORIES = 10;

    private final EntityManager em;
    private final CaseTallies tallies;
    private final CaseCatalogue catalogue;
    private final MessageSource messages;

    CasesPanel(EntityManager em, CaseTallies tallies, CaseCatalogue catalogue, MessageSource messages) {
        this.em = em;
        this.tallies = tallies;
        this.catalogue = catalogue;
        this.messages = messages;
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
        String like = query.scopePattern();
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        tallies.byValue(like, CaseTallies.STATUS).forEach((s, n) -> byStatus.put(CaseStatus.valueOf(s), n));
        long open = OPEN.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        long supervised = tallies.byValue(like, CaseTallies.SUPERVISED).getOrDefault("open", 0L);
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

        boolean en = query.english();
        Map<String, Long> pie = new LinkedHashMap<>();
        byStatus.forEach((s, n) -> pie.put(label("cases.status." + s.name(), query), n));
        Map<String, Long> bySource = new LinkedHashMap<>();
        tallies.byValue(like, CaseTallies.SOURCE).forEach((s, n) -> bySource.put(label("cases.source." + s, query), n));
        Map<String, String> categoryNames = new HashMap<>();
        for (CategoryView c : catalogue.categories()) {
            categoryNames.put(c.code(), en && c.nameEn() != null ? c.nameEn() : c.name());
        }
        List<Map.Entry<String, Long>> topCategories = tallies.byValue(like, CaseTallies.CATEGORY).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_CATEGORIES).toList();

        Map<String, Long> openByPath = tallies.byRegionPath(like, CaseTallies.STATUS,
                OPEN.stream().map(Enum::name).toList());
        Map<Long, Double> perChild = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardQuery.Child child : query.children()) {
            long n = openByPath.entrySet().stream().filter(e -> e.getKey().startsWith(child.path()))
                    .mapToLong(Map.Entry::getValue).sum();
            perChild.put(child.id(), (double) n);
            rows.add(List.of(child.name(), n));
        }
        return Panel.builder(id(), "cases.panel.title")
                .figure("cases.panel.open", open)
                .figure(new Panel.Figure("cases.panel.overdue", String.valueOf(overdue), null, overdue > 0 ? "bad" : "good",
                        "/cases?overdue=true"))
                .figure("cases.panel.supervised", supervised)
                .figure(new Panel.Figure("cases.panel.onTimeRate", rate, due == 0 ? null : "%", null, null))
                .chart("status", "cases.panel.byStatus", Charts.pie(en ? "Cases" : "案卷", pie))
                .chart("source", "cases.panel.bySource", Charts.pie(en ? "Cases" : "案卷", bySource))
                .chart("category", "cases.panel.byCategory", Charts.bars(
                        topCategories.stream().map(e -> categoryNames.getOrDefault(e.getKey(), e.getKey())).toList(),
                        en ? "Cases" : "案卷", topCategories.stream().map(Map.Entry::getValue).toList(), null))
                .table("cases.panel.open", List.of("cases.panel.region", "cases.panel.open"), rows)
                .regionValues("cases.panel.open", perChild)
                .link("/cases")
                .build();
    }

    /** The module's own label for a status or source, in the viewer's language. */
    private String label(String key, DashboardQuery query) {
        return messages.getMessage(key, null, key, query.locale());
    }
}
