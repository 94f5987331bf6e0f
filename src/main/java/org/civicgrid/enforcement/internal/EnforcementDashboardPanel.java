package org.civicgrid.enforcement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * 联合执法 on the dashboard: the operations held in the period and their tallies by violation type and by
 * action, summed in SQL over operations found through the indexed {@code (region_path, operation_date)}.
 */
@Component
class EnforcementDashboardPanel implements DashboardPanel {

    static final String ID = "enforcement";

    private static final String LINES = """
             from enforcement_tally_line l join enforcement_operation o on o.id = l.operation_id
            where o.region_path like :scope and o.operation_date >= :from and o.operation_date <= :to
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    EnforcementDashboardPanel(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Panel build(DashboardQuery q) {
        MapSqlParameterSource params = params(q, q.scopePattern());
        long operations = operations(params);
        Map<String, Long> byType = new LinkedHashMap<>();
        jdbc.query("select vt.name_zh, vt.name_en, sum(l.quantity) from enforcement_violation_type vt join ("
                + "select l.violation_type_id as type_id, l.quantity" + LINES + ") l on l.type_id = vt.id"
                + " group by vt.id, vt.name_zh, vt.name_en, vt.sort_order order by vt.sort_order, vt.id", params,
                rs -> {
                    byType.put(q.english() ? rs.getString(2) : rs.getString(1), rs.getLong(3));
                });
        Map<String, Long> byAction = new LinkedHashMap<>();
        jdbc.query("select l.action, sum(l.quantity)" + LINES + " group by l.action order by l.action", params,
                rs -> {
                    byAction.put(text("enforcement.action." + rs.getString(1), q), rs.getLong(2));
                });
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        Panel.Builder panel = Panel.builder(ID, "enforcement.dashboard.title")
                .figure("enforcement.dashboard.operations", operations)
                .figure("enforcement.dashboard.violations", total);
        if (!byType.isEmpty()) {
            panel.chart("types", "enforcement.dashboard.byType", Charts.bars(new ArrayList<>(byType.keySet()),
                    text("enforcement.dashboard.violations", q), new ArrayList<>(byType.values()), null));
            panel.chart("actions", "enforcement.dashboard.byAction",
                    Charts.pie(text("enforcement.dashboard.violations", q), byAction));
            List<List<Object>> rows = new ArrayList<>();
            byType.forEach((name, count) -> rows.add(List.of(name, count)));
            panel.table("enforcement.dashboard.byType", List.of("enforcement.dashboard.type",
                    "enforcement.dashboard.violations"), rows);
        }
        if (!q.children().isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (DashboardQuery.Child child : q.children()) {
                MapSqlParameterSource childParams = params(q, child.path() + "%");
                Long violations = jdbc.queryForObject("select coalesce(sum(l.quantity), 0)" + LINES, childParams,
                        Long.class);
                long ops = operations(childParams);
                names.add(child.name());
                counts.add(violations == null ? 0 : violations);
                hrefs.add(q.drillHref(child, ID));
                rows.add(List.of(child.name(), ops, violations == null ? 0 : violations));
            }
            panel.chart("regions", "enforcement.dashboard.byRegion",
                    Charts.bars(names, text("enforcement.dashboard.violations", q), counts, hrefs));
            panel.table("enforcement.dashboard.byRegion", List.of("dashboard.region.name",
                    "enforcement.dashboard.operations", "enforcement.dashboard.violations"), rows);
        }
        return panel.link("/enforcement/hotspots?from=" + q.from() + "&to=" + q.to()).build();
    }

    private long operations(MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("""
                select count(*) from enforcement_operation o
                 where o.region_path like :scope and o.operation_date >= :from and o.operation_date <= :to
                """, params, Long.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource params(DashboardQuery q, String scope) {
        return new MapSqlParameterSource("scope", scope).addValue("from", q.from()).addValue("to", q.to());
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }
}
