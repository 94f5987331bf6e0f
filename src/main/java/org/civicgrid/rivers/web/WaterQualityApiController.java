package org.civicgrid.rivers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.civicgrid.rivers.BlackOdorousGrade;
import org.civicgrid.rivers.BlackOdorousGrading;
import org.civicgrid.rivers.WaterClass;
import org.civicgrid.rivers.WaterClassification;
import org.civicgrid.rivers.WaterQualityStandards;
import org.civicgrid.rivers.WaterbodyType;
import org.civicgrid.shared.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Water quality as API.md writes it: the GB 3838-2002 class of a sample and the black-odorous grade. */
@RestController
@RequestMapping("/api/v1/water-quality")
@Tag(name = "Water quality", description = "GB 3838-2002 class and 2015 urban black-odorous grading")
class WaterQualityApiController {

    record ClassifyRequest(WaterbodyType waterbodyType, Map<String, Double> measurements) {}

    record ClassifyResponse(@JsonProperty("class") WaterClass waterClass, List<String> limitingParameters,
            Map<String, WaterClass> parameterClasses) {

        static ClassifyResponse of(WaterClassification c) {
            return new ClassifyResponse(c.waterClass(), c.limitingParameters(), c.parameterClasses());
        }
    }

    record BlackOdorousRequest(Double transparencyCm, @JsonProperty("do") Double dissolvedOxygen, Double orpMv,
            Double nh3n) {

        Map<String, Double> indicators() {
            Map<String, Double> out = new LinkedHashMap<>();
            put(out, "transparency_cm", transparencyCm);
            put(out, "do", dissolvedOxygen);
            put(out, "orp_mv", orpMv);
            put(out, "nh3n", nh3n);
            return out;
        }

        private static void put(Map<String, Double> out, String key, Double value) {
            if (value != null) {
                out.put(key, value);
            }
        }
    }

    record BlackOdorousResponse(BlackOdorousGrade grade, List<String> failingParameters,
            Map<String, BlackOdorousGrade> parameterGrades) {}

    @PostMapping("/classify")
    @Operation(summary = "Class I–V or worse than V per GB 3838-2002 Table 1; the worst item decides")
    ClassifyResponse classify(@RequestBody ClassifyRequest request) {
        if (request.waterbodyType() == null) {
            throw new InvalidInputException("waterbody_type", "required: RIVER, LAKE or RESERVOIR");
        }
        return ClassifyResponse.of(WaterQualityStandards.get().classify(request.waterbodyType(), request.measurements()));
    }

    @PostMapping("/black-odorous")
    @Operation(summary = "Black-odorous grade (NONE, LIGHT, SEVERE) per the 2015 urban guideline")
    BlackOdorousResponse blackOdorous(@RequestBody BlackOdorousRequest request) {
        BlackOdorousGrading g = WaterQualityStandards.get().gradeBlackOdorous(request.indicators());
        return new BlackOdorousResponse(g.grade(), g.failingParameters(), g.parameterGrades());
    }
}
