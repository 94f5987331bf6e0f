package org.civicgrid.region.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.dashboard.DashboardPanel;
import org.civicgrid.shared.dashboard.DashboardQuery;
import org.civicgrid.shared.dashboard.Panel;
import org.springframework.stereotype.Component;

/** 区域概况 — how the region is made up: its communities, grids and the figures communities publish. */
@Component
class RegionPanel implements DashboardPanel {

    private final Regions regions;

    RegionPanel(Regions regions) {
        this.regions = regions;
    }

    @Override
    public String id() {
        return "region";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Panel build(DashboardQuery q) {
        List<RegionRef> communities = regions.within(q.regionPath(), RegionLevel.COMMUNITY);
        List<RegionRef> grids = regions.within(q.regionPath(), RegionLevel.GRID);
        long households = 0;
        long residents = 0;
        long partyMembers = 0;
        for (RegionRef c : communities) {
            RegionRef.Figures f = c.figures();
            households += f.households() == null ? 0 : f.households();
            residents += f.residents() == null ? 0 : f.residents();
            partyMembers += f.partyMembers() == null ? 0 : f.partyMembers();
        }
        Panel.Builder panel = Panel.builder("region", "dashboard.region.title")
                .figure("dashboard.region.communities", communities.size())
                .figure("dashboard.region.grids", grids.size());
        if (households > 0) {
            panel.figure("dashboard.region.households", households);
            panel.figure("dashboard.region.residents", residents);
            panel.figure("dashboard.region.partyMembers", partyMembers);
        }
        Map<Long, Double> gridsPerChild = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        // one pass over the region's grids and communities, each counted for the child it lies in
        Map<String, int[]> perChild = new java.util.HashMap<>();
        for (List<RegionRef> level : List.of(grids, communities)) {
            int slot = level == grids ? 0 : 1;
            for (RegionRef r : level) {
                int end = r.path().indexOf('/', q.regionPath().length());
                if (end > 0) {
                    perChild.computeIfAbsent(r.path().substring(0, end + 1), k -> new int[2])[slot]++;
                }
            }
        }
        for (DashboardQuery.Child child : q.children()) {
            int[] n = perChild.getOrDefault(child.path(), new int[2]);
            gridsPerChild.put(child.id(), (double) n[0]);
            rows.add(List.of(child.name(), n[1], n[0]));
        }
        RegionRef region = regions.get(new RegionId(q.regionId()));
        if (region.level() != RegionLevel.GRID && !rows.isEmpty()) {
            panel.table("dashboard.region.breakdown", List.of("dashboard.region.name", "dashboard.region.communities",
                    "dashboard.region.grids"), rows);
            panel.regionValues("dashboard.region.grids", gridsPerChild);
        }
        return panel.link("/regions/" + q.regionId()).build();
    }
}
