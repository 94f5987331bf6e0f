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
import org.springframework.stereotype.Component;

/**
 * 居民户籍 on the dashboard: households and residents on record and how many carry each care tag, as counts
 * only — no name, number or address ever leaves this panel. Counted on the indexed {@code region_path}.
 */
@Component
class ResidentsDashboardPanel implements DashboardPanel {

    static final String ID = "residents";

    private final ResidentTallies tallies;
    private final MessageSource messages;

    ResidentsDashboardPanel(ResidentTallies tallies, MessageSource messages) {
        this.tallies = tallies;
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
        Map<String, Map<String, Long>> figures = tallies.figures(q.regionPath());
        Map<String, Long> tags = new LinkedHashMap<>();
        Map<String, Long> byTag = figures.getOrDefault(ResidentTallies.TAG, Map.of());
        for (CareTag tag : CareTag.values()) {
            if (byTag.containsKey(tag.name())) {
                tags.put(text("residents.tag." + tag.name(), q), byTag.get(tag.name()));
            }
        }
        Panel.Builder panel = Panel.builder(ID, "residents.dashboard.title")
                .figure("residents.dashboard.households", all(figures, ResidentTallies.HOUSEHOLDS))
                .figure("residents.dashboard.residents", all(figures, ResidentTallies.RESIDENTS))
                .figure("residents.dashboard.cared", all(figures, ResidentTallies.CARED));
        if (!tags.isEmpty()) {
            panel.chart("tags", "residents.dashboard.byTag", Charts.pie(text("residents.dashboard.residents", q), tags));
            List<List<Object>> rows = new ArrayList<>();
            tags.forEach((name, count) -> rows.add(List.of(name, count)));
            panel.table("residents.dashboard.byTag", List.of("residents.careTags", "residents.dashboard.residents"), rows);
        }
        if (!q.children().isEmpty()) {
            List<String> paths = q.children().stream().map(DashboardQuery.Child::path).toList();
            Map<String, Long> households = tallies.byRegion(q.regionPath(), paths, ResidentTallies.HOUSEHOLDS);
            Map<String, Long> people = tallies.byRegion(q.regionPath(), paths, ResidentTallies.RESIDENTS);
            List<String> names = new ArrayList<>();
            List<Long> residents = new ArrayList<>();
            List<String> hrefs = new ArrayList<>();
            List<List<Object>> rows = new ArrayList<>();
            for (DashboardQuery.Child child : q.children()) {
                long n = people.getOrDefault(child.path(), 0L);
                names.add(child.name());
                residents.add(n);
                hrefs.add(q.drillHref(child, ID));
                rows.add(List.of(child.name(), households.getOrDefault(child.path(), 0L), n));
            }
            panel.chart("regions", "residents.dashboard.byRegion",
                    Charts.bars(names, text("residents.dashboard.residents", q), residents, hrefs));
            panel.table("residents.dashboard.byRegion", List.of("dashboard.region.name",
                    "residents.dashboard.households", "residents.dashboard.residents"), rows);
        }
        return panel.link("/households").build();
    }

    private static long all(Map<String, Map<String, Long>> figures, String dim) {
        return figures.getOrDefault(dim, Map.of()).getOrDefault(ResidentTallies.ALL, 0L);
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }

}
