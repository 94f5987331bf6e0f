package org.civicgrid.rivers;

import java.util.List;
import java.util.Map;

/**
 * A black-odorous grading: the worst indicator decides.
 *
 * @param failingParameters the indicators graded light or severe, in the guideline's order
 */
public record BlackOdorousGrading(BlackOdorousGrade grade, List<String> failingParameters,
        Map<String, BlackOdorousGrade> parameterGrades) {
}
