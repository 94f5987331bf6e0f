package org.civicgrid.pairing.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.pairing.PairingViews.PairingView;
import org.civicgrid.pairing.PairingViews.UnitView;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Who may see and act on pairings, and how records become views. Shared by the module's services. */
@Component
public class PairingSupport {

    private final UnitRepository units;
    private final PairingRepository pairings;
    private final Regions regions;

    PairingSupport(UnitRepository units, PairingRepository pairings, Regions regions) {
        this.units = units;
        this.pairings = pairings;
        this.regions = regions;
    }

    public static boolean isLiaison(CurrentUser me, Unit unit) {
        return unit.getLiaisons().contains(me.id());
    }

    /** Staff whose region holds the pairing's community, or a liaison of the pairing's unit. */
    public boolean canSee(CurrentUser me, Pairing p) {
        return (me.isStaff() && me.canSee(p.getRegionPath())) || isLiaison(me, unit(p.getUnitId()));
    }

    /** Who records for a pairing: its unit's liaisons, and staff over its community. */
    public boolean canRecord(CurrentUser me, Pairing p) {
        return (me.isStaff() && me.canSee(p.getRegionPath())) || isLiaison(me, unit(p.getUnitId()));
    }

    public Pairing visiblePairing(CurrentUser me, long id) {
        return pairings.findById(id).filter(p -> canSee(me, p)).orElseThrow(() -> new NotFoundException("Pairing", id));
    }

    public Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("Unit", id));
    }

    public List<Unit> unitsOf(CurrentUser me) {
        return units.liaisonOf(me.id());
    }

    public UnitView view(Unit u) {
        return new UnitView(u.getId(), u.getName(), u.getType(), u.getLeaderName(), u.getLeaderTitle(), u.getPhone(),
                java.util.Set.copyOf(u.getLiaisons()));
    }

    public PairingView view(Pairing p) {
        return view(p, unit(p.getUnitId()));
    }

    public PairingView view(Pairing p, Unit u) {
        List<RegionRef> lineage = regions.lineage(new RegionId(p.getCommunityId()));
        String community = name(lineage, RegionLevel.COMMUNITY);
        return new PairingView(p.getId(), u.getId(), u.getName(), u.getType(), p.getCommunityId(), community,
                name(lineage, RegionLevel.STREET), name(lineage, RegionLevel.DISTRICT), p.getYear());
    }

    public List<PairingView> views(List<Pairing> list) {
        Map<Long, Unit> byId = units.findAllById(list.stream().map(Pairing::getUnitId).distinct().toList()).stream()
                .collect(Collectors.toMap(Unit::getId, Function.identity()));
        return list.stream().map(p -> view(p, byId.get(p.getUnitId()))).toList();
    }

    public String regionName(long id) {
        return regions.nameOf(id);
    }

    private static String name(List<RegionRef> lineage, RegionLevel level) {
        return lineage.stream().filter(r -> r.level() == level).map(RegionRef::name).findFirst().orElse("");
    }
}
