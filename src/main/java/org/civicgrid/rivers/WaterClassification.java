package org.civicgrid.rivers;

import java.util.List;
import java.util.Map;

/**
 * The class of one set of measurements: the worst item decides.
 *
 * @param waterClass         the overall class
 * @param limitingParameters the items whose class is the overall class (empty when that is class I)
 * @param parameterClasses   the class of every judged item, in the standard's order
 */
public record WaterClassification(WaterClass waterClass, List<String> limitingParameters,
        Map<String, WaterClass> parameterClasses) {
}
