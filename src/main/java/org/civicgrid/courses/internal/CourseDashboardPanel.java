package org.civicgrid.courses.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.courses.Programme;
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
 * 课程 on the dashboard: the classes running at some point in the period and how full they are (seats taken ÷
 * capacity), overall, by programme and by region. The counters live on the course row, so this is one grouped
 * query over the indexed {@code (region_path, starts_on)}.
 */
@Component
class CourseDashboardPanel implements DashboardPanel {

    static final String ID = "courses";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;

    CourseDashboardPanel(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Panel build(DashboardQuery q) {
        Map<String, Fill> byProgramme = byProgramme(q, q.scopePattern());
        Fill total = byProgramme.values().stream().reduce(Fill.NONE, Fill::plus);
        Panel.Builder panel = Panel.builder(ID, "courses.dashboard.title")
                .figure("courses.dashboard.courses", total.courses())
                .figure("courses.dashboard.capacity", total.capacity())
                .figure("courses.dashboard.taken", total.taken())
                .figure(new Panel.Figure("courses.dashboard.fillRate", total.percent(), "%", null, null));
        if (!byProgramme.isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            byProgramme.forEach((programme, fill) -> {
                String name = text("courses.programme." + programme, q);
                names.add(name);
                rates.add(fill.rate());
                rows.add(List.of(name, fill.courses(), fill.capacity(), fill.taken(), fill.rate()));
            });
            panel.chart("programmes", "courses.dashboard.fillByProgramme",
                    Charts.bars(names, text("courses.dashboard.fillRate", q), rates, null));
            panel.table("courses.dashboard.byProgramme", List.of("courses.dashboard.programme", "courses.dashboard.courses",
                    "courses.dashboard.capacity", "courses.dashboard.taken", "courses.dashboard.fillRate"), rows);
        }
        if (!q.children().isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (DashboardQuery.Child child : q.children()) {
                Fill fill = byProgramme(q, child.path() + "%").values().stream().reduce(Fill.NONE, Fill::plus);
                names.add(child.name());
                rates.add(fill.rate());
                hrefs.add(q.drillHref(child, ID));
                rows.add(List.of(child.name(), fill.courses(), fill.capacity(), fill.taken(), fill.rate()));
            }
            panel.chart("regions", "courses.dashboard.fillByRegion",
                    Charts.bars(names, text("courses.dashboard.fillRate", q), rates, hrefs));
            panel.table("courses.dashboard.byRegion", List.of("dashboard.region.name", "courses.dashboard.courses",
                    "courses.dashboard.capacity", "courses.dashboard.taken", "courses.dashboard.fillRate"), rows);
        }
        return panel.link("/courses").build();
    }

    private Map<String, Fill> byProgramme(DashboardQuery q, String scope) {
        Map<String, Fill> out = new LinkedHashMap<>();
        jdbc.query("""
                select programme, count(*), coalesce(sum(capacity), 0), coalesce(sum(seats_taken), 0) from course
                 where region_path like :scope and starts_on <= :to and ends_on >= :from
                 group by programme
                """, new MapSqlParameterSource("scope", scope).addValue("from", q.from()).addValue("to", q.to()),
                rs -> {
                    out.put(rs.getString(1), new Fill(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        Map<String, Fill> ordered = new LinkedHashMap<>();
        for (Programme p : Programme.values()) {
            if (out.containsKey(p.name())) {
                ordered.put(p.name(), out.get(p.name()));
            }
        }
        return ordered;
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }

    /** Classes, their seats and the seats taken; the fill rate as a percentage with one decimal. */
    record Fill(long courses, long capacity, long taken) {

        static final Fill NONE = new Fill(0, 0, 0);

        Fill plus(Fill other) {
            return new Fill(courses + other.courses, capacity + other.capacity, taken + other.taken);
        }

        double rate() {
            return capacity == 0 ? 0 : Math.round(taken * 1000.0 / capacity) / 10.0;
        }

        String percent() {
            double r = rate();
            return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
        }
    }
}
