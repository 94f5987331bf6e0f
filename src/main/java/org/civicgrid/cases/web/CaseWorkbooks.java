package org.civicgrid.cases.web;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.cases.Evaluation;
import org.civicgrid.cases.EvaluationRow;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.http.ResponseEntity;

/** Excel exports of casework (shared by the API and the pages). */
public final class CaseWorkbooks {

    private CaseWorkbooks() {}

    public static ResponseEntity<byte[]> evaluation(Evaluation e) {
        List<EvaluationRow> rows = new ArrayList<>(e.rows());
        rows.add(e.total());
        return ExcelExport.<EvaluationRow>sheet("综合评价")
                .column("名称 Name", EvaluationRow::name)
                .column("应结案 Due", EvaluationRow::due)
                .column("结案 Closed", EvaluationRow::closed)
                .column("按期结案 Closed on time", EvaluationRow::closedOnTime)
                .column("结案率 Closure rate", r -> percent(r.closureRate()))
                .column("按期结案率 On-time closure rate", r -> percent(r.onTimeClosureRate()))
                .column("处置 Handled", EvaluationRow::handled)
                .column("返工 Reworked", EvaluationRow::reworked)
                .column("返工率 Rework rate", r -> percent(r.reworkRate()))
                .column("超期 Overdue", EvaluationRow::overdue)
                .column("平均处置时长(小时) Avg. hours", EvaluationRow::avgHandlingHours)
                .column("满意度 Satisfaction (1-5)", EvaluationRow::satisfaction)
                .column("评价数 Ratings", EvaluationRow::ratings)
                .download("case-evaluation-" + e.from() + "-" + e.to(), rows);
    }

    private static Object percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }
}
