package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.civicgrid.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 3838-2002 Table 1 and the 2015 black-odorous guideline at every boundary: equal to a limit is the better class. */
class WaterQualityStandardsTests {

    private final WaterQualityStandards standards = WaterQualityStandards.get();

    private WaterClass riverClassOf(String key, double value) {
        return standards.classify(WaterbodyType.RIVER, Map.of(key, value)).waterClass();
    }

    private WaterClass lakeClassOf(String key, double value) {
        return standards.classify(WaterbodyType.LAKE, Map.of(key, value)).waterClass();
    }

    @ParameterizedTest(name = "{0} = {1} in a river is class {2}")
    @CsvSource({
            // dissolved oxygen is a lower bound
            "do, 7.5, I", "do, 7.49, II", "do, 6, II", "do, 5.99, III", "do, 5, III", "do, 4.99, IV", "do, 3, IV",
            "do, 2.99, V", "do, 2, V", "do, 1.99, WORSE_THAN_V",
            "codmn, 2, I", "codmn, 2.01, II", "codmn, 4, II", "codmn, 4.01, III", "codmn, 6, III", "codmn, 6.01, IV",
            "codmn, 10, IV", "codmn, 10.01, V", "codmn, 15, V", "codmn, 15.01, WORSE_THAN_V",
            // I and II share 15 for COD and 3 for BOD5: the better class wins
            "cod, 15, I", "cod, 15.01, III", "cod, 20, III", "cod, 20.01, IV", "cod, 30, IV", "cod, 30.01, V",
            "cod, 40, V", "cod, 40.01, WORSE_THAN_V",
            "bod5, 3, I", "bod5, 3.01, III", "bod5, 4, III", "bod5, 4.01, IV", "bod5, 6, IV", "bod5, 6.01, V",
            "bod5, 10, V", "bod5, 10.01, WORSE_THAN_V",
            "nh3n, 0.15, I", "nh3n, 0.16, II", "nh3n, 0.5, II", "nh3n, 0.51, III", "nh3n, 1.0, III", "nh3n, 1.01, IV",
            "nh3n, 1.5, IV", "nh3n, 1.51, V", "nh3n, 2.0, V", "nh3n, 2.01, WORSE_THAN_V",
            "tp, 0.02, I", "tp, 0.021, II", "tp, 0.1, II", "tp, 0.101, III", "tp, 0.2, III", "tp, 0.201, IV",
            "tp, 0.3, IV", "tp, 0.301, V", "tp, 0.4, V", "tp, 0.401, WORSE_THAN_V",
            "ph, 6, I", "ph, 9, I", "ph, 5.99, WORSE_THAN_V", "ph, 9.01, WORSE_THAN_V", "ph, 7.1, I"
    })
    void river_boundaries(String key, double value, WaterClass expected) {
        assertThat(riverClassOf(key, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1} in a lake is class {2}")
    @CsvSource({
            "tp, 0.01, I", "tp, 0.011, II", "tp, 0.025, II", "tp, 0.026, III", "tp, 0.05, III", "tp, 0.051, IV",
            "tp, 0.1, IV", "tp, 0.101, V", "tp, 0.2, V", "tp, 0.201, WORSE_THAN_V",
            "tn, 0.2, I", "tn, 0.21, II", "tn, 0.5, II", "tn, 0.51, III", "tn, 1.0, III", "tn, 1.01, IV",
            "tn, 1.5, IV", "tn, 1.51, V", "tn, 2.0, V", "tn, 2.01, WORSE_THAN_V"
    })
    void lake_boundaries(String key, double value, WaterClass expected) {
        assertThat(lakeClassOf(key, value)).isEqualTo(expected);
        assertThat(standards.classify(WaterbodyType.RESERVOIR, Map.of(key, value)).waterClass()).isEqualTo(expected);
    }

    @Test
    void the_worst_item_decides_and_is_named() {
        Map<String, Double> sample = new LinkedHashMap<>();
        sample.put("ph", 7.1);
        sample.put("do", 6.2);
        sample.put("codmn", 4.0);
        sample.put("cod", 15.0);
        sample.put("bod5", 3.0);
        sample.put("nh3n", 0.9);
        sample.put("tp", 0.1);
        sample.put("tn", 0.8);
        WaterClassification c = standards.classify(WaterbodyType.RIVER, sample);
        assertThat(c.waterClass()).isEqualTo(WaterClass.III);
        assertThat(c.limitingParameters()).containsExactly("nh3n");
        assertThat(c.parameterClasses()).containsEntry("do", WaterClass.II).containsEntry("cod", WaterClass.I)
                .doesNotContainKey("tn");
    }

    @Test
    void total_nitrogen_counts_for_lakes_only() {
        Map<String, Double> sample = Map.of("tn", 1.8, "nh3n", 0.1);
        assertThat(standards.classify(WaterbodyType.RIVER, sample).waterClass()).isEqualTo(WaterClass.I);
        WaterClassification lake = standards.classify(WaterbodyType.LAKE, sample);
        assertThat(lake.waterClass()).isEqualTo(WaterClass.V);
        assertThat(lake.limitingParameters()).containsExactly("tn");
        assertThatThrownBy(() -> standards.classify(WaterbodyType.RIVER, Map.of("tn", 0.3)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_same_phosphorus_is_better_in_a_river_than_in_a_lake() {
        assertThat(riverClassOf("tp", 0.05)).isEqualTo(WaterClass.II);
        assertThat(lakeClassOf("tp", 0.05)).isEqualTo(WaterClass.III);
    }

    @Test
    void unknown_keys_negative_values_and_nothing_at_all_are_refused() {
        assertThatThrownBy(() -> standards.classify(WaterbodyType.RIVER, Map.of("lead", 0.01)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("measurements.lead"));
        assertThatThrownBy(() -> standards.classify(WaterbodyType.RIVER, Map.of("cod", -1.0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> standards.classify(WaterbodyType.RIVER, Map.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> standards.gradeBlackOdorous(Map.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> standards.gradeBlackOdorous(Map.of("do", -0.1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0} = {1} grades {2}")
    @CsvSource({
            "transparency_cm, 25.1, NONE", "transparency_cm, 25, LIGHT", "transparency_cm, 10, LIGHT",
            "transparency_cm, 9.9, SEVERE",
            "do, 2.01, NONE", "do, 2.0, LIGHT", "do, 0.2, LIGHT", "do, 0.19, SEVERE",
            "orp_mv, 50.1, NONE", "orp_mv, 50, LIGHT", "orp_mv, -200, LIGHT", "orp_mv, -200.1, SEVERE",
            "nh3n, 7.99, NONE", "nh3n, 8.0, LIGHT", "nh3n, 15, LIGHT", "nh3n, 15.01, SEVERE"
    })
    void black_odorous_boundaries(String key, double value, BlackOdorousGrade expected) {
        BlackOdorousGrading g = standards.gradeBlackOdorous(Map.of(key, value));
        assertThat(g.grade()).isEqualTo(expected);
        assertThat(g.failingParameters()).isEqualTo(expected == BlackOdorousGrade.NONE ? java.util.List.of()
                : java.util.List.of(key));
    }

    @Test
    void the_worst_indicator_decides_the_grade() {
        BlackOdorousGrading g = standards.gradeBlackOdorous(
                Map.of("transparency_cm", 30.0, "do", 1.5, "orp_mv", -250.0, "nh3n", 5.0));
        assertThat(g.grade()).isEqualTo(BlackOdorousGrade.SEVERE);
        assertThat(g.failingParameters()).containsExactly("do", "orp_mv");
    }

    @Test
    void the_tables_name_their_source() {
        assertThat(standards.classSource()).contains("GB 3838-2002");
        assertThat(standards.blackOdorousSource()).contains("城市黑臭水体整治工作指南");
    }
}
