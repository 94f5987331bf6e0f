package org.civicgrid.dashboard.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chart shows, read back from its ECharts option (as {@code shared.dashboard.Charts} and the panels build
 * them), so that the monthly report's Excel and PDF hold every chart as data: the categories (the labels along the
 * category axis, or a pie's slices), each series with its name and a value per category (null where the chart
 * shows none, as a line's month without cases), and the unit of the values ({@code %} when the value axis is
 * labelled in percent).
 *
 * @param categories the labels, in the chart's order
 * @param series     every series; a series' name is null where the chart gives none
 */
public record ChartData(List<String> categories, List<Series> series, String unit) {

    /** One series: its name and its value for each category, in the categories' order. */
    public record Series(String name, List<Number> values) {}

    private static final ChartData NONE = new ChartData(List.of(), List.of(), null);

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    /** The chart's data; empty for an option it cannot read (no series, or no category axis and no pie). */
    public static ChartData of(Map<String, Object> option) {
        if (!(option.get("series") instanceof List<?> all) || all.isEmpty()) {
            return NONE;
        }
        List<Map<?, ?>> series = new ArrayList<>();
        for (Object s : all) {
            if (s instanceof Map<?, ?> m) {
                series.add(m);
            }
        }
        if (series.isEmpty()) {
            return NONE;
        }
        if ("pie".equals(series.get(0).get("type"))) {
            return pies(series);
        }
        List<?> categories = categories(option.get("xAxis"));
        if (categories == null) {
            categories = categories(option.get("yAxis"));
        }
        if (categories == null) {
            return NONE;
        }
        List<String> labels = categories.stream().map(c -> c instanceof Map<?, ?> m ? String.valueOf(m.get("value"))
                : String.valueOf(c)).toList();
        List<Series> out = new ArrayList<>();
        for (Map<?, ?> s : series) {
            List<?> data = s.get("data") instanceof List<?> d ? d : List.of();
            List<Number> values = new ArrayList<>(Collections.nCopies(labels.size(), null));
            for (int i = 0; i < Math.min(labels.size(), data.size()); i++) {
                values.set(i, number(data.get(i)));
            }
            out.add(new Series(name(s), values));
        }
        return new ChartData(labels, out, percent(option.get("yAxis")) || percent(option.get("xAxis")) ? "%" : null);
    }

    /** A pie's slices are its categories; further pies over the same names are further series. */
    private static ChartData pies(List<Map<?, ?>> series) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Map<String, Number>> byName = new ArrayList<>();
        for (Map<?, ?> s : series) {
            Map<String, Number> values = new LinkedHashMap<>();
            if (s.get("data") instanceof List<?> data) {
                for (Object item : data) {
                    if (item instanceof Map<?, ?> m && m.get("name") != null) {
                        String name = String.valueOf(m.get("name"));
                        index.putIfAbsent(name, index.size());
                        values.put(name, number(item));
                    }
                }
            }
            byName.add(values);
        }
        List<String> labels = List.copyOf(index.keySet());
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            List<Number> values = new ArrayList<>();
            for (String label : labels) {
                values.add(byName.get(i).get(label));
            }
            out.add(new Series(name(series.get(i)), values));
        }
        return new ChartData(labels, out, null);
    }

    /** The category labels of an axis (or of the first of several), or null when it is not a category axis. */
    private static List<?> categories(Object axis) {
        Object one = axis instanceof List<?> axes && !axes.isEmpty() ? axes.get(0) : axis;
        if (one instanceof Map<?, ?> m && m.get("data") instanceof List<?> data
                && (m.get("type") == null || "category".equals(m.get("type")))) {
            return data;
        }
        return null;
    }

    private static boolean percent(Object axis) {
        Object one = axis instanceof List<?> axes && !axes.isEmpty() ? axes.get(0) : axis;
        return one instanceof Map<?, ?> m && "value".equals(m.get("type")) && m.get("axisLabel") instanceof Map<?, ?> label
                && String.valueOf(label.get("formatter")).contains("%");
    }

    /** A data item's value: a number, an item {@code {value: n}}, or null for a gap. */
    private static Number number(Object item) {
        Object value = item instanceof Map<?, ?> m ? m.get("value") : item;
        return value instanceof Number n ? n : null;
    }

    private static String name(Map<?, ?> series) {
        Object name = series.get("name");
        return name == null ? null : String.valueOf(name);
    }
}
