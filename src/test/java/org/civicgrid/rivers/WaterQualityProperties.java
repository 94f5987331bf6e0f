package org.civicgrid.rivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Worsening any single value never improves the class or the grade; adding an item never improves the class. */
class WaterQualityProperties {

    private final WaterQualityStandards standards = WaterQualityStandards.get();

    @Provide
    Arbitrary<Map<String, Double>> samples() {
        return Combinators.combine(Arbitraries.doubles().between(5, 10), Arbitraries.doubles().between(0, 12),
                Arbitraries.doubles().between(0, 20), Arbitraries.doubles().between(0, 50),
                Arbitraries.doubles().between(0, 12), Arbitraries.doubles().between(0, 3),
                Arbitraries.doubles().between(0, 0.6), Arbitraries.doubles().between(0, 3))
                .as((ph, dOx, codmn, cod, bod5, nh3n, tp, tn) -> {
                    Map<String, Double> m = new HashMap<>();
                    m.put("ph", ph);
                    m.put("do", dOx);
                    m.put("codmn", codmn);
                    m.put("cod", cod);
                    m.put("bod5", bod5);
                    m.put("nh3n", nh3n);
                    m.put("tp", tp);
                    m.put("tn", tn);
                    return m;
                });
    }

    @Property
    void worsening_any_value_never_improves_the_class(@ForAll("samples") Map<String, Double> sample,
            @ForAll("types") WaterbodyType type, @ForAll("keys") String key,
            @ForAll @DoubleRange(min = 0, max = 5) double worse) {
        Map<String, Double> worsened = new HashMap<>(sample);
        if (key.equals("do")) {
            worsened.put(key, Math.max(0, sample.get(key) - worse));
        } else if (!key.equals("ph")) {
            worsened.put(key, sample.get(key) + worse);
        }
        WaterClass before = standards.classify(type, sample).waterClass();
        WaterClass after = standards.classify(type, worsened).waterClass();
        assertThat(after.ordinal()).isGreaterThanOrEqualTo(before.ordinal());
    }

    @Property
    void the_overall_class_is_the_worst_single_class(@ForAll("samples") Map<String, Double> sample,
            @ForAll("types") WaterbodyType type) {
        WaterClassification c = standards.classify(type, sample);
        WaterClass worstSingle = WaterClass.I;
        for (String key : sample.keySet()) {
            if (key.equals("tn") && type == WaterbodyType.RIVER) {
                continue;
            }
            worstSingle = WaterClass.worst(worstSingle, standards.classify(type, Map.of(key, sample.get(key))).waterClass());
        }
        assertThat(c.waterClass()).isEqualTo(worstSingle);
        c.limitingParameters().forEach(p -> assertThat(c.parameterClasses().get(p)).isEqualTo(c.waterClass()));
    }

    @Property
    void a_lake_is_never_judged_better_than_a_river_on_the_same_values(@ForAll("samples") Map<String, Double> sample) {
        assertThat(standards.classify(WaterbodyType.LAKE, sample).waterClass().ordinal())
                .isGreaterThanOrEqualTo(standards.classify(WaterbodyType.RIVER, sample).waterClass().ordinal());
    }

    @Property
    void lowering_transparency_oxygen_or_potential_or_raising_ammonia_never_improves_the_grade(
            @ForAll @DoubleRange(min = 0, max = 60) double transparency, @ForAll @DoubleRange(min = 0, max = 8) double dOx,
            @ForAll @DoubleRange(min = -400, max = 300) double orp, @ForAll @DoubleRange(min = 0, max = 30) double nh3n,
            @ForAll @DoubleRange(min = 0, max = 50) double worse) {
        BlackOdorousGrade before = grade(transparency, dOx, orp, nh3n);
        assertThat(grade(Math.max(0, transparency - worse), dOx, orp, nh3n).ordinal()).isGreaterThanOrEqualTo(before.ordinal());
        assertThat(grade(transparency, Math.max(0, dOx - worse), orp, nh3n).ordinal()).isGreaterThanOrEqualTo(before.ordinal());
        assertThat(grade(transparency, dOx, orp - worse, nh3n).ordinal()).isGreaterThanOrEqualTo(before.ordinal());
        assertThat(grade(transparency, dOx, orp, nh3n + worse).ordinal()).isGreaterThanOrEqualTo(before.ordinal());
    }

    private BlackOdorousGrade grade(double transparency, double dOx, double orp, double nh3n) {
        return standards.gradeBlackOdorous(Map.of("transparency_cm", transparency, "do", dOx, "orp_mv", orp, "nh3n", nh3n))
                .grade();
    }

    @Provide
    Arbitrary<WaterbodyType> types() {
        return Arbitraries.of(WaterbodyType.class);
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(WaterQualityStandards.CLASS_KEYS);
    }
}
