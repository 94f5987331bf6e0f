package org.civicgrid.shared.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the ECharts options panels use most: bars, a line over time, a pie. */
public final class Charts {

    private static final List<String> PALETTE = List.of("#9e1b1b", "#1a4f8b", "#0f6b3a", "#8a5300", "#5b2a86",
            "#00677f", "#a4161a", "#4a5560");

    private Charts() {}

    /** Bars over categories; {@code hrefs} (same length, may be null) make bars drill down. */
    public static Map<String, Object> bars(List<String> categories, String seriesName, List<? extends Number> values,
            List<String> hrefs) {
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", values.get(i));
            if (hrefs != null && hrefs.get(i) != null) {
                item.put("href", hrefs.get(i));
            }
            data.add(item);
        }
        return base(Map.of("type", "category", "data", categories, "axisLabel", Map.of("interval", 0, "rotate",
                categories.size() > 6 ? 30 : 0)), Map.of("type", "value"),
                List.of(Map.of("name", seriesName, "type", "bar", "data", data, "itemStyle", Map.of("color", PALETTE.get(0)))));
    }

    /** Several named series over the same categories, stacked or side by side. */
    public static Map<String, Object> groupedBars(List<String> categories, Map<String, List<? extends Number>> series,
            boolean stacked) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<? extends Number>> s : series.entrySet()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", s.getKey());
            one.put("type", "bar");
            one.put("data", s.getValue());
            one.put("itemStyle", Map.of("color", PALETTE.get(i++ % PALETTE.size())));
            if (stacked) {
                one.put("stack", "total");
            }
            out.add(one);
        }
        Map<String, Object> option = base(Map.of("type", "category", "data", categories), Map.of("type", "value"), out);
        option.put("legend", Map.of("top", 0));
        return option;
    }

    /** A line (e.g. a rate by month); values may be null where there is nothing to show. */
    public static Map<String, Object> line(List<String> categories, String seriesName, List<? extends Number> values,
            String unit) {
        Map<String, Object> yAxis = new LinkedHashMap<>();
        yAxis.put("type", "value");
        if ("%".equals(unit)) {
            yAxis.put("max", 100);
            yAxis.put("axisLabel", Map.of("formatter", "{value}%"));
        }
        return base(Map.of("type", "category", "data", categories, "boundaryGap", false), yAxis,
                List.of(Map.of("name", seriesName, "type", "line", "data", values, "smooth", true, "connectNulls", false,
                        "itemStyle", Map.of("color", PALETTE.get(1)), "areaStyle", Map.of("opacity", 0.08))));
    }

    /** A pie (or a ring) of named values. */
    public static Map<String, Object> pie(String seriesName, Map<String, ? extends Number> values) {
        List<Object> data = new ArrayList<>();
        values.forEach((name, value) -> data.add(Map.of("name", name, "value", value)));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", PALETTE);
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("series", List.of(Map.of("name", seriesName, "type", "pie", "radius", List.of("40%", "68%"),
                "center", List.of("50%", "45%"), "data", data, "label", Map.of("formatter", "{b}\n{c}"))));
        return option;
    }

    private static Map<String, Object> base(Map<String, Object> xAxis, Map<String, Object> yAxis, List<Object> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", PALETTE);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 48, "right", 16, "top", 32, "bottom", 56, "containLabel", true));
        option.put("xAxis", xAxis);
        option.put("yAxis", yAxis);
        option.put("series", series);
        return option;
    }
}
