package org.civicgrid.rivers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.RiverBoard;
import org.civicgrid.rivers.WaterClass;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.stereotype.Component;

/** 河长制 on the dashboard: chiefs, patrols, open problems and the water-quality classes of the region's sections. */
@Component
class RiverDashboardPanel implements DashboardPanel {

    private final RiverBoard board;

    RiverDashboardPanel(RiverBoard board) {
        this.board = board;
    }

    @Override
    public String id() {
        return "rivers";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Panel build(DashboardQuery q) {
        RiverBoard.Figures f = board.figures(q.regionPath());
        long official = f.chiefsByLevel().entrySet().stream().filter(e -> e.getKey().isOfficial())
                .mapToLong(Map.Entry::getValue).sum();
        Panel.Builder panel = Panel.builder("rivers", "rivers.dashboard.title")
                .figure("rivers.board.waterBodies", f.waterBodies())
                .figure("rivers.board.chiefs", official)
                .figure("rivers.board.civilian", f.chiefsByLevel().get(ChiefLevel.CIVILIAN))
                .figure("rivers.board.patrolsMonth", f.patrolsThisMonth())
                .figure(new Panel.Figure("rivers.board.problemsOpen", String.valueOf(f.problemsFound() - f.problemsClosed()),
                        null, f.problemsFound() > f.problemsClosed() ? "bad" : "good", "/rivers"));
        List<Object> data = new ArrayList<>();
        for (WaterClass c : WaterClass.values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", c == WaterClass.WORSE_THAN_V ? "劣V" : c.name());
            item.put("value", f.sectionsByClass().getOrDefault(c, 0L));
            item.put("itemStyle", Map.of("color", c.color()));
            data.add(item);
        }
        panel.chart("classes", "rivers.board.classes", Map.of("tooltip", Map.of("trigger", "item"),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", data))));
        Map<Long, Double> perChild = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, RiverBoard.Figures> byChild = board.figures(q.regionPath(),
                q.children().stream().map(DashboardQuery.Child::path).toList());
        for (DashboardQuery.Child child : q.children()) {
            RiverBoard.Figures cf = byChild.get(child.path());
            perChild.put(child.id(), (double) cf.patrolsThisYear());
            rows.add(List.of(child.name(), cf.waterBodies(), cf.patrolsThisYear(), cf.problemsFound() - cf.problemsClosed()));
        }
        if (!rows.isEmpty()) {
            panel.table("rivers.board.breakdown", List.of("rivers.board.region", "rivers.board.waterBodies",
                    "rivers.board.patrolsYear", "rivers.board.problemsOpen"), rows);
            panel.regionValues("rivers.board.patrolsYear", perChild);
        }
        return panel.link("/rivers/board?region=" + q.regionId()).build();
    }
}
