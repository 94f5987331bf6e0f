package org.civicgrid.rivers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.rivers.ChiefLevel;
import org.civicgrid.rivers.ProjectStage;
import org.civicgrid.rivers.RiverBoard;
import org.civicgrid.rivers.RiverBoard.PatrolDuty;
import org.civicgrid.rivers.WaterClass;
import org.civicgrid.shared.dashboard.Charts;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 河长制 on the dashboard: chiefs, patrols, open problems, the water-quality classes of the region's sections,
 * remediation projects by stage, and the patrol duty of the period — the patrols the chiefs' duty rules asked for
 * against those made that count toward it, by chief level and by child region ({@link RiverBoard#duty}).
 */
@Component
class RiverDashboardPanel implements DashboardPanel {

    private final RiverBoard board;
    private final MessageSource messages;

    RiverDashboardPanel(RiverBoard board, MessageSource messages) {
        this.board = board;
        this.messages = messages;
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
        List<String> childPaths = q.children().stream().map(DashboardQuery.Child::path).toList();
        RiverBoard.DutyFigures duty = board.duty(q.regionPath(), childPaths, q.from(), q.to());
        PatrolDuty total = duty.total();
        Double percent = total.percent();
        long official = f.chiefsByLevel().entrySet().stream().filter(e -> e.getKey().isOfficial())
                .mapToLong(Map.Entry::getValue).sum();
        Panel.Builder panel = Panel.builder("rivers", "rivers.dashboard.title")
                .figure("rivers.board.waterBodies", f.waterBodies())
                .figure("rivers.board.chiefs", official)
                .figure("rivers.board.civilian", f.chiefsByLevel().get(ChiefLevel.CIVILIAN))
                .figure("rivers.board.patrolsMonth", f.patrolsThisMonth())
                .figure(new Panel.Figure("rivers.board.problemsOpen", String.valueOf(f.problemsFound() - f.problemsClosed()),
                        null, f.problemsFound() > f.problemsClosed() ? "bad" : "good", "/rivers"))
                .figure("rivers.dashboard.dutyRequired", total.required())
                .figure("rivers.dashboard.dutyDone", total.done())
                .figure(new Panel.Figure("rivers.dashboard.dutyRate", percent == null ? "—" : String.valueOf(percent),
                        percent == null ? null : "%", percent == null ? null : percent >= 100 ? "good" : "bad",
                        "/rivers/compliance?region=" + q.regionId()))
                .figure(new Panel.Figure("rivers.board.overdue", String.valueOf(f.projectsOverdue()), null,
                        f.projectsOverdue() > 0 ? "bad" : "good", "/rivers/projects"));
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

        List<String> stages = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            stages.add(text("rivers.stage." + stage.name(), q));
            projects.add(f.projectsByStage().getOrDefault(stage, 0L));
        }
        panel.chart("stages", "rivers.board.stages", Charts.bars(stages, text("rivers.dashboard.projects", q), projects, null));

        List<String> levels = new ArrayList<>();
        List<Long> required = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        List<List<Object>> levelRows = new ArrayList<>();
        duty.byLevel().forEach((level, d) -> {
            levels.add(text("rivers.level." + level.name(), q));
            required.add(d.required());
            done.add(d.done());
            levelRows.add(List.of(text("rivers.level." + level.name(), q), d.chiefs(), d.required(), d.done(),
                    d.percent() == null ? "—" : d.percent() + "%"));
        });
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(text("rivers.dashboard.dutyRequired", q), required);
        series.put(text("rivers.dashboard.dutyDone", q), done);
        panel.chart("duty", "rivers.dashboard.dutyByLevel", Charts.groupedBars(levels, series, false));
        panel.table("rivers.dashboard.dutyByLevel", List.of("rivers.level", "rivers.board.chiefs",
                "rivers.dashboard.dutyRequired", "rivers.dashboard.dutyDone", "rivers.dashboard.dutyRate"), levelRows);

        Map<Long, Double> perChild = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, RiverBoard.Figures> byChild = board.figures(q.regionPath(), childPaths);
        for (DashboardQuery.Child child : q.children()) {
            RiverBoard.Figures cf = byChild.get(child.path());
            PatrolDuty cd = duty.byChild().getOrDefault(child.path(), PatrolDuty.NONE);
            perChild.put(child.id(), (double) cf.patrolsThisYear());
            rows.add(List.of(child.name(), cf.waterBodies(), cf.patrolsThisYear(), cf.problemsFound() - cf.problemsClosed(),
                    cd.required(), cd.done()));
        }
        if (!rows.isEmpty()) {
            panel.table("rivers.board.breakdown", List.of("rivers.board.region", "rivers.board.waterBodies",
                    "rivers.board.patrolsYear", "rivers.board.problemsOpen", "rivers.dashboard.dutyRequired",
                    "rivers.dashboard.dutyDone"), rows);
            panel.regionValues("rivers.board.patrolsYear", perChild);
        }
        return panel.link("/rivers/board?region=" + q.regionId()).build();
    }

    private String text(String key, DashboardQuery q) {
        return messages.getMessage(key, null, key, q.locale());
    }
}
