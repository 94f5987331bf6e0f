package org.civicgrid.residents.internal;

import java.util.List;
import java.util.Optional;

import org.civicgrid.access.Scope;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.residents.RefusedInput.FieldRefusal;
import org.springframework.stereotype.Component;

/**
 * Turns the compound or grid a worker chose into a household's {@link Placement}, refusing regions that
 * do not exist, are of the wrong level, or lie outside the worker's own region (which is not revealed).
 */
@Component
public class Placements {

    private final Regions regions;

    Placements(Regions regions) {
        this.regions = regions;
    }

    /** @param scope the caller's scope, or null for start-up data */
    public Optional<Placement> resolve(Long compoundId, Long gridId, Scope scope, List<FieldRefusal> refusals) {
        if (compoundId != null) {
            Optional<RegionRef> compound = usable(compoundId, RegionLevel.COMPOUND, scope);
            if (compound.isEmpty()) {
                refusals.add(new FieldRefusal("compound_id", "household.compound-unknown",
                        "no such compound (小区) in your area"));
                return Optional.empty();
            }
            Optional<RegionRef> grid = regions.ancestorAt(compound.get().regionId(), RegionLevel.GRID);
            if (grid.isEmpty()) {
                refusals.add(new FieldRefusal("compound_id", "household.compound-unknown",
                        "this compound lies in no grid"));
                return Optional.empty();
            }
            if (gridId != null && gridId != grid.get().id()) {
                refusals.add(new FieldRefusal("grid_id", "household.grid-mismatch",
                        "the compound lies in another grid"));
                return Optional.empty();
            }
            return Optional.of(new Placement(compound.get().id(), grid.get().id(), compound.get().id(),
                    compound.get().path()));
        }
        if (gridId == null) {
            refusals.add(new FieldRefusal("grid_id", "household.place-required", "choose a compound or a grid"));
            return Optional.empty();
        }
        Optional<RegionRef> grid = usable(gridId, RegionLevel.GRID, scope);
        if (grid.isEmpty()) {
            refusals.add(new FieldRefusal("grid_id", "household.grid-unknown", "no such grid in your area"));
            return Optional.empty();
        }
        return Optional.of(new Placement(null, grid.get().id(), grid.get().id(), grid.get().path()));
    }

    private Optional<RegionRef> usable(long id, RegionLevel level, Scope scope) {
        return regions.find(new RegionId(id))
                .filter(r -> r.level() == level)
                .filter(r -> scope == null || scope.includes(r.path()));
    }

    /** Grids inside the scope, for choosers. */
    public List<RegionRef> grids(Scope scope) {
        return regions.within(scope.pathPrefix(), RegionLevel.GRID);
    }

    /** Compounds inside the scope, for choosers. */
    public List<RegionRef> compounds(Scope scope) {
        return regions.within(scope.pathPrefix(), RegionLevel.COMPOUND);
    }
}
