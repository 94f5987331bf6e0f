package org.civicgrid.region.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.civicgrid.region.GridLocation;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region tree is reference data: any signed-in caller may read it (administrative areas and
 * grid boundaries are public facts); records that belong to regions are what scope protects.
 */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions")
class RegionApiController {

    record LookupResponse(long gridId, String gridName, long communityId, String communityName, String streetName,
            String districtName) {}

    record RegionSummary(long id, String name, RegionLevel level, String code, Long parentId) {

        static RegionSummary of(RegionRef r) {
            return new RegionSummary(r.id(), r.name(), r.level(), r.code(), r.parentId());
        }
    }

    record RegionResponse(long id, String name, RegionLevel level, String code, Long parentId, String path,
            Double lat, Double lng, RegionRef.Figures figures, List<RegionSummary> lineage,
            List<RegionSummary> children) {}

    private final Regions regions;

    RegionApiController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/lookup")
    @Operation(summary = "The grid that contains a point (404 when the point lies in no grid)")
    LookupResponse lookup(@RequestParam @DecimalMin("-90") @DecimalMax("90") double lat,
            @RequestParam @DecimalMin("-180") @DecimalMax("180") double lng) {
        GridLocation g = regions.locate(lat, lng).orElseThrow(() -> new DomainException(404, "outside-every-grid",
                "Outside every grid", "The point " + lat + ", " + lng + " lies in no grid"));
        return new LookupResponse(g.gridId(), g.gridName(), g.communityId(), g.communityName(), g.streetName(),
                g.districtName());
    }

    @GetMapping
    @Operation(summary = "Find regions by name (exact matches first) and level; at most 100")
    List<RegionSummary> search(@RequestParam(required = false) @Size(max = 100) String name,
            @RequestParam(required = false) RegionLevel level) {
        return regions.search(name, level, 100).stream().map(RegionSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One region with its lineage and children")
    RegionResponse get(@PathVariable long id) {
        RegionRef r = regions.get(new RegionId(id));
        List<RegionRef> lineage = regions.lineage(r.regionId());
        return new RegionResponse(r.id(), r.name(), r.level(), r.code(), r.parentId(), r.path(), r.lat(), r.lng(),
                r.figures(), lineage.subList(0, lineage.size() - 1).stream().map(RegionSummary::of).toList(),
                regions.children(r.regionId()).stream().map(RegionSummary::of).toList());
    }

    @GetMapping(value = "/{id}/geojson", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "The region's outline and its children's shapes as a GeoJSON FeatureCollection")
    Map<String, Object> geojson(@PathVariable long id) {
        return RegionMaps.featureCollection(regions, regions.get(new RegionId(id)));
    }
}
