package org.civicgrid.rivers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two tables water quality is judged by, read from data files that name their source:
 * GB 3838-2002 Table 1 ({@code data/rivers/gb3838-2002-table1.json}) for the class I–V / 劣Ⅴ, and the 2015
 * urban black-odorous water guideline ({@code data/rivers/black-odorous-2015.json}) for the grade. Pure
 * functions of their input; shared by the API, sample records and the tests.
 */
public final class WaterQualityStandards {

    /** Measurement keys GB 3838 classifies, in the standard's order. */
    public static final List<String> CLASS_KEYS = List.of("ph", "do", "codmn", "cod", "bod5", "nh3n", "tp", "tn");

    /** Indicator keys of the black-odorous grading, in the guideline's order. */
    public static final List<String> BLACK_ODOROUS_KEYS = List.of("transparency_cm", "do", "orp_mv", "nh3n");

    private static final WaterQualityStandards INSTANCE = new WaterQualityStandards(
            read("data/rivers/gb3838-2002-table1.json"), read("data/rivers/black-odorous-2015.json"));

    private record ClassLimit(String key, String bound, double min, double max, double[] limits, double[] lakeLimits,
            boolean lakesOnly) {}

    private record OdourLimit(String key, boolean lowIsBad, double light, double severe) {}

    private final String classSource;
    private final String odourSource;
    private final Map<String, ClassLimit> classLimits = new LinkedHashMap<>();
    private final Map<String, OdourLimit> odourLimits = new LinkedHashMap<>();

    private WaterQualityStandards(JsonNode table, JsonNode guideline) {
        this.classSource = table.path("source").asString();
        this.odourSource = guideline.path("source").asString();
        for (JsonNode p : table.path("parameters")) {
            classLimits.put(p.path("key").asString(), new ClassLimit(p.path("key").asString(), p.path("bound").asString(),
                    p.path("min").asDouble(), p.path("max").asDouble(), doubles(p.path("limits")),
                    p.has("lake_limits") ? doubles(p.path("lake_limits")) : doubles(p.path("limits")),
                    p.path("lakes_only").asBoolean(false)));
        }
        for (JsonNode p : guideline.path("parameters")) {
            odourLimits.put(p.path("key").asString(), new OdourLimit(p.path("key").asString(),
                    "LOW_IS_BAD".equals(p.path("direction").asString()), p.path("light").asDouble(),
                    p.path("severe").asDouble()));
        }
        if (!classLimits.keySet().equals(Set.copyOf(CLASS_KEYS)) || !odourLimits.keySet().equals(Set.copyOf(BLACK_ODOROUS_KEYS))) {
            throw new IllegalStateException("Water-quality tables do not list the expected items");
        }
    }

    public static WaterQualityStandards get() {
        return INSTANCE;
    }

    /** Where the class limits come from, for pages and API docs. */
    public String classSource() {
        return classSource;
    }

    public String blackOdorousSource() {
        return odourSource;
    }

    /**
     * The class of a set of measurements (mg/L, pH without unit); any subset of {@link #CLASS_KEYS}, at least one
     * that counts for the water body. Total nitrogen counts for lakes and reservoirs only.
     *
     * @throws InvalidInputException for an unknown key, a negative or missing value, or nothing to judge
     */
    public WaterClassification classify(WaterbodyType type, Map<String, Double> measurements) {
        if (type == null) {
            throw new InvalidInputException("waterbody_type", "required: RIVER, LAKE or RESERVOIR");
        }
        check(measurements, CLASS_KEYS, "measurements", "measurements.");
        Map<String, WaterClass> classes = new LinkedHashMap<>();
        for (String key : CLASS_KEYS) {
            Double value = measurements.get(key);
            ClassLimit limit = classLimits.get(key);
            if (value == null || (limit.lakesOnly() && !type.isStillWater())) {
                continue;
            }
            classes.put(key, classOf(limit, value, type));
        }
        if (classes.isEmpty()) {
            throw new InvalidInputException("measurements",
                    "total nitrogen is judged for lakes and reservoirs only: give at least one other item");
        }
        WaterClass overall = classes.values().stream().reduce(WaterClass.I, WaterClass::worst);
        List<String> limiting = overall == WaterClass.I ? List.of()
                : classes.entrySet().stream().filter(e -> e.getValue() == overall).map(Map.Entry::getKey).toList();
        return new WaterClassification(overall, limiting, java.util.Collections.unmodifiableMap(classes));
    }

    /**
     * The black-odorous grade of the indicators given (transparency in cm, DO in mg/L, ORP in mV, NH3-N in mg/L);
     * any subset of {@link #BLACK_ODOROUS_KEYS}, at least one. ORP may be negative, the others may not.
     */
    public BlackOdorousGrading gradeBlackOdorous(Map<String, Double> indicators) {
        check(indicators, BLACK_ODOROUS_KEYS, "indicators", "");
        Map<String, BlackOdorousGrade> grades = new LinkedHashMap<>();
        for (String key : BLACK_ODOROUS_KEYS) {
            Double value = indicators.get(key);
            if (value != null) {
                grades.put(key, gradeOf(odourLimits.get(key), value));
            }
        }
        BlackOdorousGrade overall = grades.values().stream().reduce(BlackOdorousGrade.NONE, BlackOdorousGrade::worst);
        List<String> failing = grades.entrySet().stream().filter(e -> e.getValue() != BlackOdorousGrade.NONE)
                .map(Map.Entry::getKey).toList();
        return new BlackOdorousGrading(overall, failing, java.util.Collections.unmodifiableMap(grades));
    }

    private static WaterClass classOf(ClassLimit limit, double value, WaterbodyType type) {
        WaterClass[] classes = WaterClass.values();
        switch (limit.bound()) {
            case "RANGE":
                return value >= limit.min() && value <= limit.max() ? WaterClass.I : WaterClass.WORSE_THAN_V;
            case "AT_LEAST":
                for (int i = 0; i < limit.limits().length; i++) {
                    if (value >= limit.limits()[i]) {
                        return classes[i];
                    }
                }
                return WaterClass.WORSE_THAN_V;
            default:
                double[] limits = type.isStillWater() ? limit.lakeLimits() : limit.limits();
                for (int i = 0; i < limits.length; i++) {
                    if (value <= limits[i]) {
                        return classes[i];
                    }
                }
                return WaterClass.WORSE_THAN_V;
        }
    }

    private static BlackOdorousGrade gradeOf(OdourLimit limit, double value) {
        if (limit.lowIsBad()) {
            return value > limit.light() ? BlackOdorousGrade.NONE
                    : value >= limit.severe() ? BlackOdorousGrade.LIGHT : BlackOdorousGrade.SEVERE;
        }
        return value < limit.light() ? BlackOdorousGrade.NONE
                : value <= limit.severe() ? BlackOdorousGrade.LIGHT : BlackOdorousGrade.SEVERE;
    }

    private static void check(Map<String, Double> values, List<String> allowed, String field, String prefix) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(field, "give at least one measurement");
        }
        List<FieldError> errors = new ArrayList<>();
        values.forEach((key, value) -> {
            if (!allowed.contains(key)) {
                errors.add(new FieldError(prefix + key, "unknown measurement; expected one of " + allowed));
            } else if (value == null || value.isNaN() || value.isInfinite()) {
                errors.add(new FieldError(prefix + key, "a number is required"));
            } else if (value < 0 && !"orp_mv".equals(key)) {
                errors.add(new FieldError(prefix + key, "must not be negative"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = WaterQualityStandards.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
