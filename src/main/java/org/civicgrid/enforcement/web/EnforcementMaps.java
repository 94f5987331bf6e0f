package org.civicgrid.enforcement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.enforcement.HotSpots;
import org.civicgrid.enforcement.OperationDetail;
import org.civicgrid.enforcement.RoadView;
import org.civicgrid.enforcement.ViolationTypeView;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoJSON for the maps (app.js draws it with Leaflet): an operation's roads, and hot spots as lines
 * whose weight and colour follow the count (points get a radius instead).
 */
final class EnforcementMaps {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] HEAT = {"#f2c14e", "#e8902c", "#d4572a", "#a4161a", "#6b0f12"};

    private EnforcementMaps() {}

    static Map<String, Object> operation(OperationDetail op) {
        List<Object> features = new ArrayList<>();
        for (RoadView road : op.roads()) {
            if (road.geometry() == null) {
                continue;
            }
            long count = op.lines().stream().filter(l -> road.id() == (l.roadId() == null ? -1 : l.roadId()))
                    .mapToLong(l -> l.count()).sum();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", road.name());
            props.put("label", road.name());
            props.put("detail", count > 0 ? road.name() + "：" + count : op.number());
            props.put("color", "#9e1b1b");
            props.put("weight", 6);
            props.put("radius", 9);
            features.add(feature(road.geometry(), props));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    /** One feature per road of each place; the heat class follows the place's share of the largest count. */
    static Map<String, Object> hotSpots(HotSpots spots, List<ViolationTypeView> types, boolean english) {
        Map<String, String> names = new LinkedHashMap<>();
        types.forEach(t -> names.put(t.code(), t.name(english)));
        long max = spots.places().stream().mapToLong(HotSpots.Place::total).max().orElse(1);
        List<Object> features = new ArrayList<>();
        for (HotSpots.Place place : spots.places()) {
            double share = (double) place.total() / Math.max(1, max);
            String color = HEAT[Math.min(HEAT.length - 1, (int) Math.floor(share * HEAT.length))];
            StringBuilder detail = new StringBuilder();
            detail.append(english ? "Total " : "合计 ").append(place.total());
            place.byType().forEach((code, count) -> detail.append(" · ").append(names.getOrDefault(code, code))
                    .append(' ').append(count));
            if (place.acrossRoads()) {
                detail.append(english ? " (not split by road)" : "（未分路段统计）");
            }
            for (String geometry : place.geometries()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("name", place.name());
                props.put("label", place.name() + "：" + place.total());
                props.put("detail", detail.toString());
                props.put("color", color);
                props.put("weight", 3 + Math.round(share * 9));
                props.put("radius", 6 + Math.round(share * 14));
                props.put("fillOpacity", 0.6);
                features.add(feature(geometry, props));
            }
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    /** A stacked bar per month, one series per violation type (ECharts option). */
    static Map<String, Object> monthChart(HotSpots spots, List<ViolationTypeView> types, boolean english) {
        List<String> months = spots.months().stream().map(m -> m.month().toString()).toList();
        List<Object> series = new ArrayList<>();
        for (ViolationTypeView type : types) {
            List<Long> data = spots.months().stream().map(m -> m.byType().getOrDefault(type.code(), 0L)).toList();
            if (data.stream().anyMatch(v -> v > 0)) {
                series.add(Map.of("name", type.name(english), "type", "bar", "stack", "total", "data", data));
            }
        }
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("type", "scroll", "top", 0),
                "grid", Map.of("left", 40, "right", 16, "top", 40, "bottom", 30),
                "xAxis", Map.of("type", "category", "data", months),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", series);
    }

    /** Horizontal bars: the busiest places, by count. */
    static Map<String, Object> placeChart(HotSpots spots, int limit) {
        List<HotSpots.Place> top = new ArrayList<>(spots.places().stream().limit(limit).toList());
        java.util.Collections.reverse(top);
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 160, "right", 24, "top", 16, "bottom", 24),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "data", top.stream().map(HotSpots.Place::name).toList()),
                "series", List.of(Map.of("type", "bar", "data", top.stream().map(HotSpots.Place::total).toList(),
                        "itemStyle", Map.of("color", "#9e1b1b"))));
    }

    private static Map<String, Object> feature(String geometry, Map<String, Object> properties) {
        JsonNode node = JSON.readTree(geometry);
        return Map.of("type", "Feature", "geometry", node, "properties", properties);
    }
}
