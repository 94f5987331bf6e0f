package org.civicgrid.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.shared.dashboard.Charts;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases panel of the dashboard: open, overdue and supervised cases, the on-time closure rate of the
 * period and its trend month by month, cases by status, source and category, and open cases per child region
 * for the map. The all-time figures come from {@link CaseTallies} (kept exact by every transition, a few rows per
 * region), and so do the period's closure rate and its trend down to communities (the daily {@code reported_on}
 * and {@code on_time_on} figures); overdue cases are counted over indexed columns bounded by the deadline, and
 * below communities (a grid: a few hundred cases) the rates are counted directly.
 */
@Component
class CasesPanel implements DashboardPanel {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.REPORTED, CaseStatus.REGISTERED,
            CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.VERIFIED);

    private static final int TOP_CATEGORIES = 10;

    /** Months in the on-time trend: the month the period ends in and the eleven before it. */
    static final int TREND_MONTHS = 12;

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
        String path = query.regionPath();
        Map<String, Map<String, Long>> figures = tallies.figures(path, List.of(CaseTallies.STATUS, CaseTallies.CATEGORY,
                CaseTallies.SOURCE, CaseTallies.SUPERVISED), null, null);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        figures.getOrDefault(CaseTallies.STATUS, Map.of()).forEach((s, n) -> byStatus.put(CaseStatus.valueOf(s), n));
        long open = OPEN.stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        long supervised = figures.getOrDefault(CaseTallies.SUPERVISED, Map.of()).getOrDefault("open", 0L);
        Instant now = query.now() == null ? Instant.now() : query.now();
        long overdue;
        long due;
        long onTime;
        if (RegionTallies.depth(path) <= RegionTallies.DAILY_DEPTH) {
            // whole days from the daily figures; today's deadlines that have passed, counted (a few cases)
            LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.ZONE);
            Instant todayStarts = today.atStartOfDay(TimeConfiguration.ZONE).toInstant();
            overdue = tallies.figures(path, List.of(CaseTallies.OPEN_DUE_ON), LocalDate.of(1970, 1, 1), today.minusDays(1))
                    .getOrDefault(CaseTallies.OPEN_DUE_ON, Map.of()).values().stream().mapToLong(Long::longValue).sum()
                    + overdueCount(query.scopePattern(), todayStarts, now);
            Map<String, Map<String, Long>> period = tallies.figures(path, List.of(CaseTallies.REPORTED_ON,
                    CaseTallies.ON_TIME_ON), query.from(), query.to());
            due = period.getOrDefault(CaseTallies.REPORTED_ON, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            onTime = period.getOrDefault(CaseTallies.ON_TIME_ON, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        } else {
            // a grid or below: a few hundred cases, counted directly
            overdue = overdueCount(query.scopePattern(), null, now);
            Object[] period = em.createQuery("select count(c), sum(case when c.closedOnTime = true then 1 else 0 end) "
                    + "from CaseFile c where c.regionPath like :p and c.reportedAt >= :from and c.reportedAt < :to "
                    + "and c.status <> org.civicgrid.cases.CaseStatus.REJECTED and c.mergedIntoId is null", Object[].class)
                    .setParameter("p", query.scopePattern()).setParameter("from", query.fromInstant())
                    .setParameter("to", query.toInstantExclusive()).getSingleResult();
            due = period[0] == null ? 0 : ((Number) period[0]).longValue();
            onTime = period[1] == null ? 0 : ((Number) period[1]).longValue();
        }
        String rate = due == 0 ? "—" : String.format("%.1f", onTime * 100.0 / due);

        boolean en = query.english();
        Map<String, Long> pie = new LinkedHashMap<>();
        byStatus.forEach((s, n) -> pie.put(label("cases.status." + s.name(), query), n));
        Map<String, Long> bySource = new LinkedHashMap<>();
        figures.getOrDefault(CaseTallies.SOURCE, Map.of())
                .forEach((s, n) -> bySource.put(label("cases.source." + s, query), n));
        Map<String, String> categoryNames = new HashMap<>();
        for (CategoryView c : catalogue.categories()) {
            categoryNames.put(c.code(), en && c.nameEn() != null ? c.nameEn() : c.name());
        }
        List<Map.Entry<String, Long>> topCategories = figures.getOrDefault(CaseTallies.CATEGORY, Map.<String, Long>of())
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_CATEGORIES).toList();

        Map<String, Long> openByChild = tallies.byRegion(path, query.children().stream().map(DashboardQuery.Child::path)
                .toList(), CaseTallies.STATUS, OPEN.stream().map(Enum::name).toList());
        Map<Long, Double> perChild = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DashboardQuery.Child child : query.children()) {
            long n = openByChild.getOrDefault(child.path(), 0L);
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
                .chart("onTime", "cases.panel.onTimeTrend", onTimeTrend(query))
                .table("cases.panel.open", List.of("cases.panel.region", "cases.panel.open"), rows)
                .regionValues("cases.panel.open", perChild)
                .link("/cases")
                .build();
    }

    /**
     * 按期结案率趋势 — for each of the {@value #TREND_MONTHS} months up to the one the period ends in (that month
     * counted up to the period's last day), the share of the cases reported in it that closed on time, as the
     * period's rate is counted; no point for a month without such cases. Read from the daily figures in one
     * statement down to communities; below them the cases are few enough to count.
     */
    private Map<String, Object> onTimeTrend(DashboardQuery query) {
        YearMonth last = YearMonth.from(query.to());
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, long[]> byMonth = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            byMonth.put(m, new long[2]);
        }
        if (RegionTallies.depth(query.regionPath()) <= RegionTallies.DAILY_DEPTH) {
            Map<String, Map<String, Long>> days = tallies.figures(query.regionPath(), List.of(CaseTallies.REPORTED_ON,
                    CaseTallies.ON_TIME_ON), first.atDay(1), query.to());
            days.getOrDefault(CaseTallies.REPORTED_ON, Map.of()).forEach((day, n) -> month(byMonth, day)[0] += n);
            days.getOrDefault(CaseTallies.ON_TIME_ON, Map.of()).forEach((day, n) -> month(byMonth, day)[1] += n);
        } else {
            em.createQuery("select c.reportedAt, c.closedOnTime from CaseFile c where c.regionPath like :p "
                    + "and c.reportedAt >= :from and c.reportedAt < :to "
                    + "and c.status <> org.civicgrid.cases.CaseStatus.REJECTED and c.mergedIntoId is null", Object[].class)
                    .setParameter("p", query.scopePattern())
                    .setParameter("from", first.atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant())
                    .setParameter("to", query.toInstantExclusive())
                    .getResultList().forEach(row -> {
                        long[] n = month(byMonth, RegionTallies.day((Instant) row[0]));
                        n[0]++;
                        n[1] += Boolean.TRUE.equals(row[1]) ? 1 : 0;
                    });
        }
        List<String> months = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        byMonth.forEach((m, n) -> {
            months.add(m.toString());
            rates.add(n[0] == 0 ? null : Math.round(n[1] * 1000.0 / n[0]) / 10.0);
        });
        return Charts.line(months, label("cases.panel.onTimeRate", query), rates, "%");
    }

    private static long[] month(Map<YearMonth, long[]> byMonth, String day) {
        return byMonth.get(YearMonth.from(LocalDate.parse(day)));
    }

    /** Open cases in scope past their deadline (only those due from {@code since} on, when given). */
    private long overdueCount(String scope, Instant since, Instant now) {
        var count = em.createQuery("select count(c) from CaseFile c where c.regionPath like :p and c.status in :open "
                + "and c.deadline < :now" + (since == null ? "" : " and c.deadline >= :since"), Long.class)
                .setParameter("p", scope).setParameter("open", OPEN).setParameter("now", now);
        return (since == null ? count : count.setParameter("since", since)).getSingleResult();
    }

    /** The module's own label for a status or source, in the viewer's language. */
    private String label(String key, DashboardQuery query) {
        return messages.getMessage(key, null, key, query.locale());
    }
}
