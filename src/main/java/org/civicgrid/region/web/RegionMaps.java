package org.civicgrid.region.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the GeoJSON a region's map draws: its outline, its children's shapes, compounds as points. */
final class RegionMaps {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] PALETTE = {"#9e1b1b", "#1a4f8b", "#0f6b3a", "#8a5300", "#5b2a86", "#00677f", "#7a4b00",
            "#a4161a"};

    private RegionMaps() {}

    static Map<String, Object> featureCollection(Regions regions, RegionRef region) {
        List<Object> features = new ArrayList<>();
        regions.boundary(region.regionId()).ifPresent(b -> features.add(feature(b, Map.of("name", region.name(),
                "color", "#1b1f24", "fillOpacity", 0.02, "weight", 3))));
        int i = 0;
        for (RegionRef child : regions.children(region.regionId())) {
            String color = PALETTE[i++ % PALETTE.length];
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", child.name());
            props.put("label", child.name());
            props.put("href", "/regions/" + child.id());
            props.put("color", color);
            var boundary = regions.boundary(child.regionId());
            if (boundary.isPresent()) {
                features.add(feature(boundary.get(), props));
            } else if (child.lat() != null) {
                props.put("color", child.level() == RegionLevel.COMPOUND ? "#1a4f8b" : color);
                features.add(point(child.lat(), child.lng(), props));
            }
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    static Map<String, Object> feature(String geometry, Map<String, Object> properties) {
        JsonNode node = JSON.readTree(geometry);
        return Map.of("type", "Feature", "geometry", node, "properties", properties);
    }

    static Map<String, Object> point(double lat, double lng, Map<String, Object> properties) {
        return Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates", List.of(lng, lat)),
                "properties", properties);
    }
}
