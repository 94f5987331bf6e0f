package org.civicgrid.region.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.export.ExcelExport;
import org.civicgrid.shared.web.NavItem;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 区划 — the region tree from the user's own region down to the grids, and each region on a map with the regions
 * inside it (also as Excel).
 */
@Controller
class RegionController {

    private final Regions regions;
    private final MessageSource messages;

    RegionController(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    @Bean
    static NavItem regionsNav() {
        return new NavItem("city", "nav.regions", "/regions", Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL",
                "DISTRICT_OFFICIAL", "STREET_OFFICIAL", "COMMUNITY_WORKER", "GRID_WORKER"), 80);
    }

    @GetMapping("/regions")
    String tree(@RequestParam(required = false) Long root, Model model) {
        RegionRef top = root == null ? regions.root() : regions.get(new RegionId(root));
        return tree(top, model);
    }

    private String tree(RegionRef root, Model model) {
        Map<Long, List<RegionRef>> children = new HashMap<>();
        for (RegionRef r : regions.within(root.path(), null)) {
            if (r.level() != RegionLevel.COMPOUND) {
                children.put(r.id(), regions.children(r.regionId()).stream()
                        .filter(c -> c.level() != RegionLevel.COMPOUND).toList());
            }
        }
        model.addAttribute("root", root);
        model.addAttribute("children", children);
        return "regions/tree";
    }

    @GetMapping("/regions/{id}")
    String detail(@PathVariable long id, Model model) {
        RegionRef region = regions.get(new RegionId(id));
        List<RegionRef> lineage = regions.lineage(region.regionId());
        model.addAttribute("region", region);
        model.addAttribute("lineage", lineage.subList(0, lineage.size() - 1));
        model.addAttribute("children", regions.children(region.regionId()));
        return "regions/detail";
    }

    /** The regions directly inside one, as its page's table lists them. */
    @GetMapping("/regions/{id}/export")
    ResponseEntity<byte[]> exportChildren(@PathVariable long id) {
        RegionRef region = regions.get(new RegionId(id));
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return ExcelExport.<RegionRef>sheet(region.name())
                .column("名称 Name", RegionRef::name)
                .column("层级 Level", r -> messages.getMessage("region.level." + r.level(), null, r.level().name(), locale))
                .column("代码 Code", RegionRef::code)
                .download("region-" + id + "-children", regions.children(region.regionId()));
    }

    @GetMapping(value = "/regions/{id}/map.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> map(@PathVariable long id) {
        return RegionMaps.featureCollection(regions, regions.get(new RegionId(id)));
    }
}
