package org.civicgrid.residents.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.residents.CareTag;
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
 * 居民户籍 on the dashboard: households and residents on record and how many carry each care tag, as counts
 * only — no name, number or address ever leaves this panel. Counted on the indexed {@code region_path}.
 */
@Component
class ResidentsDashboardPanel implements DashboardPanel {

    static final String ID = "residents";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    ResidentsDashboardPanel(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Panel build(DashboardQuery q) {
        Counts total = counts(q.scopePattern());
        Map<String, Long> tags = new LinkedHashMap<>();
        Map<String, Long> byTag = new LinkedHashMap<>();
        jdbc.query("""
                select t.tag, count(*) from resident_care_tag t join resident r on r.id = t.resident_id
                 where r.region_path like :scope group by t.tag
                """, new MapSqlParameterSource("scope", q.scopePattern()),
                rs -> {
                    byTag.put(rs.getString(1), rs.getLong(2));
                });
        for (CareTag tag : CareTag.values()) {
            if (byTag.containsKey(tag.name())) {
                tags.put(text("residents.tag." + tag.name(), q), byTag.get(tag.name()));
            }
        }
        Panel.Builder panel = Panel.builder(ID, "residents.dashboard.title")
                .figure("residents.dashboard.households", total.households())
                .figure("residents.dashboard.residents", total.residents())
                .figure("residents.dashboard.cared", cared(q.scopePattern()));
        if (!tags.isEmpty()) {
            panel.chart("tags", "residents.dashboard.byTag", Charts.pie(text("residents.dashboard.residents", q), tags));
            List<List<Object>> rows = new ArrayList<>();
            tags.forEach((name, count) -> rows.add(List.of(name, count)));
            panel.table("residents.dashboard.byTag", List.of("residents.careTags", "residents.dashboard.residents"), rows);
        }
        if (!q.children().isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Long> residents = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (DashboardQuery.Child child : q.children()) {
                Counts c = counts(child.path() + "%");
                names.add(child.name());
                residents.add(c.residents());
                hrefs.add(q.drillHref(child, ID));
                rows.add(List.of(child.name(), c.households(), c.residents()));
            }
            panel.chart("regions", "residents.dashboard.byRegion",
                    Charts.bars(names, text("residents.dashboard.residents", q), residents, hrefs));
            panel.table("residents.dashboard.byRegion", List.of("dashboard.region.name",
                    "residents.dashboard.households", "residents.dashboard.residents"), rows);
        }
        return panel.link("/households").build();
    }

    private Counts counts(String scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope);
        Long households = jdbc.queryForObject("select count(*) from household where region_path like :scope", params,
                Long.class);
        Long residents = jdbc.queryForObject("select count(*) from resident where region_path like :scope", params,
                Long.class);
        return new Counts(households == null ? 0 : households, residents == null ? 0 : residents);
    }

    /** Residents with at least one care tag, each counted once. */
    private long cared(String scope) {
        Long n = jdbc.queryForObject("""
                select count(*) from resident r where r.region_path like :scope
                   and exists (select 1 from resident_care_tag t where t.resident_id = r.id)
                """, new MapSqlParameterSource("scope", scope), Long.class);
        return n == null ? 0 : n;
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }

    private record Counts(long households, long residents) {}
}
