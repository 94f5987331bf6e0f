package org.civicgrid.pairing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.pairing.NeedStatus;
import org.civicgrid.shared.dashboard.Charts;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 联点共建进度 on the dashboard: for the year the period ends in, how many paired units have reported to their
 * community, how the community's needs stand, and the money invested during the period (in any pairing). Every figure is one
 * grouped query on an indexed {@code region_path}; nothing is loaded row by row.
 */
@Component
class PairingDashboardPanel implements DashboardPanel {

    static final String ID = "pairing";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    PairingDashboardPanel(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Panel build(DashboardQuery q) {
        Progress total = progress(q, q.scopePattern());
        Map<String, Long> needs = new HashMap<>();
        jdbc.query("select status, count(*) from pairing_need where region_path like :scope group by status",
                new MapSqlParameterSource("scope", q.scopePattern()),
                rs -> {
                    needs.put(rs.getString(1), rs.getLong(2));
                });
        long allNeeds = needs.values().stream().mapToLong(Long::longValue).sum();
        long resolved = needs.getOrDefault(NeedStatus.DONE.name(), 0L);
        Panel.Builder panel = Panel.builder(ID, "pairing.dashboard.title")
                .figure("pairing.dashboard.pairings", total.pairings())
                .figure(new Panel.Figure("pairing.dashboard.reported", total.reported() + " / " + total.pairings(), null,
                        total.reported() < total.pairings() ? "bad" : "good", "/pairing"))
                .figure("pairing.dashboard.needs", allNeeds)
                .figure(new Panel.Figure("pairing.dashboard.resolved", String.valueOf(resolved), null, null, "/pairing/needs"))
                .figure(new Panel.Figure("pairing.dashboard.invested", total.invested().toPlainString(), "元", null, null));
        if (allNeeds > 0) {
            Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
            for (NeedStatus s : NeedStatus.values()) {
                byStatus.put(statusLabel(s, q), needs.getOrDefault(s.name(), 0L));
            }
            panel.chart("needs", "pairing.dashboard.needsByStatus", Charts.pie(statusLabel(null, q), byStatus));
        }
        if (!q.children().isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Long> reported = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (DashboardQuery.Child child : q.children()) {
                Progress p = progress(q, child.path() + "%");
                names.add(child.name());
                reported.add(p.reported());
                hrefs.add(q.drillHref(child, ID));
                rows.add(List.of(child.name(), p.pairings(), p.reported(), p.invested()));
            }
            panel.chart("reported", "pairing.dashboard.reportedByRegion",
                    Charts.bars(names, messages.getMessage("pairing.dashboard.reported", null, q.locale()), reported, hrefs));
            panel.table("pairing.dashboard.byRegion", List.of("dashboard.region.name", "pairing.dashboard.pairings",
                    "pairing.dashboard.reported", "pairing.dashboard.invested"), rows);
        }
        return panel.link("/pairing").build();
    }

    /** Pairings of the year, those whose unit has reported in, and the money invested in the period. */
    private Progress progress(DashboardQuery q, String scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope)
                .addValue("year", q.to().getYear()).addValue("from", q.from()).addValue("to", q.to());
        Long pairings = jdbc.queryForObject("""
                select count(*) from pairing p where p.pairing_year = :year and p.region_path like :scope
                """, params, Long.class);
        Long reported = jdbc.queryForObject("""
                select count(*) from pairing p where p.pairing_year = :year and p.region_path like :scope
                   and exists (select 1 from pairing_visit v where v.pairing_id = p.id and v.kind = 'REPORT_IN')
                """, params, Long.class);
        BigDecimal invested = jdbc.queryForObject("""
                select coalesce(sum(i.amount), 0) from pairing_investment i
                 where i.region_path like :scope and i.invested_on >= :from and i.invested_on <= :to
                """, params, BigDecimal.class);
        return new Progress(pairings == null ? 0 : pairings, reported == null ? 0 : reported,
                invested == null ? BigDecimal.ZERO : invested.stripTrailingZeros().scale() < 0
                        ? invested.setScale(0) : invested.stripTrailingZeros());
    }

    private String statusLabel(NeedStatus s, DashboardQuery q) {
        String key = s == null ? "pairing.dashboard.needs" : "pairing.needStatus." + s.name();
        return messages.getMessage(key, null, key, q.locale());
    }

    private record Progress(long pairings, long reported, BigDecimal invested) {}
}
