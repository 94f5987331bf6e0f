package org.civicgrid.shared.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One panel of the dashboard. Labels are message keys (the page and the reports translate them);
 * chart options are ECharts options as plain maps and lists, so they serialise straight to JSON.
 *
 * @param regionValues a value per child region id for the drill-down map (may be empty)
 * @param regionValuesLabelKey what those values are, e.g. {@code dashboard.cases.open}
 */
public record Panel(String id, String titleKey, List<Figure> figures, List<Chart> charts, List<Table> tables,
        Map<Long, Double> regionValues, String regionValuesLabelKey, String link) {

    /** A headline number. {@code tone} is {@code good}, {@code bad} or null. */
    public record Figure(String labelKey, String value, String unit, String tone, String href) {

        public static Figure of(String labelKey, Object value) {
            return new Figure(labelKey, String.valueOf(value), null, null, null);
        }
    }

    public record Chart(String id, String titleKey, Map<String, Object> option) {}

    /** A table: header labels are message keys, cells are plain values. */
    public record Table(String titleKey, List<String> headerKeys, List<List<Object>> rows) {}

    public static Builder builder(String id, String titleKey) {
        return new Builder(id, titleKey);
    }

    public static final class Builder {
        private final String id;
        private final String titleKey;
        private final List<Figure> figures = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final Map<Long, Double> regionValues = new LinkedHashMap<>();
        private String regionValuesLabelKey;
        private String link;

        private Builder(String id, String titleKey) {
            this.id = id;
            this.titleKey = titleKey;
        }

        public Builder figure(String labelKey, Object value) {
            figures.add(Figure.of(labelKey, value));
            return this;
        }

        public Builder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        public Builder chart(String chartId, String chartTitleKey, Map<String, Object> option) {
            charts.add(new Chart(id + "-" + chartId, chartTitleKey, option));
            return this;
        }

        public Builder table(String tableTitleKey, List<String> headerKeys, List<List<Object>> rows) {
            tables.add(new Table(tableTitleKey, headerKeys, rows));
            return this;
        }

        public Builder regionValues(String labelKey, Map<Long, Double> values) {
            this.regionValuesLabelKey = labelKey;
            this.regionValues.putAll(values);
            return this;
        }

        public Builder link(String href) {
            this.link = href;
            return this;
        }

        public Panel build() {
            return new Panel(id, titleKey, List.copyOf(figures), List.copyOf(charts), List.copyOf(tables),
                    Map.copyOf(regionValues), regionValuesLabelKey, link);
        }
    }
}
