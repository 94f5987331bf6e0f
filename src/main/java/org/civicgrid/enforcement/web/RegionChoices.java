package org.civicgrid.enforcement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;

/** The regions a form offers: the user's own first, then those of the given levels inside it, in tree order. */
final class RegionChoices {

    private RegionChoices() {}

    static List<RegionRef> of(Regions regions, CurrentUser me, Set<RegionLevel> levels) {
        List<RegionRef> options = new ArrayList<>();
        options.add(regions.get(new RegionId(me.regionId())));
        for (RegionRef r : regions.within(me.regionPath(), null)) {
            if (r.id() != me.regionId() && levels.contains(r.level())) {
                options.add(r);
            }
        }
        return options;
    }
}
