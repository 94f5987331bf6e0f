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
        for (DashboardQuery.Child child : q.children()) {
            int childGrids = regions.within(child.path(), RegionLevel.GRID).size();
            int childCommunities = regions.within(child.path(), RegionLevel.COMMUNITY).size();
            gridsPerChild.put(child.id(), (double) childGrids);
            rows.add(List.of(child.name(), childCommunities, childGrids));
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
