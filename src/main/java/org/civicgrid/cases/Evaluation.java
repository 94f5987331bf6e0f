package org.civicgrid.cases;

import java.time.LocalDate;
import java.util.List;

/** The evaluation table: one row per region, department or category, and the total. */
public record Evaluation(LocalDate from, LocalDate to, long regionId, String regionName, EvaluationGrouping grouping,
        List<EvaluationRow> rows, EvaluationRow total) {
}
