package org.civicgrid.cases;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 综合评价 — figures of one region, department or category for a period, over the cases reported in it
 * (rejected and merged cases are not due).
 *
 * @param due          cases due to close (应结案数)
 * @param closed       closed (结案数)
 * @param closedOnTime closed by the deadline (按期结案数)
 * @param handled      handled at least once (处置数)
 * @param reworked     sent back at least once (返工数)
 * @param avgHandlingHours average hours from report to close, over closed cases
 * @param satisfaction average rating 1–5, over rated cases
 */
public record EvaluationRow(String key, String name, long due, long closed, long closedOnTime, long handled,
        long reworked, long overdue, Double avgHandlingHours, Double satisfaction, long ratings) {

    /** 结案率 = closed ÷ due. */
    @JsonProperty
    public Double closureRate() {
        return due == 0 ? null : (double) closed / due;
    }

    /** 按期结案率 = closed on time ÷ due. */
    @JsonProperty
    public Double onTimeClosureRate() {
        return due == 0 ? null : (double) closedOnTime / due;
    }

    /** 返工率 = reworked ÷ handled. */
    @JsonProperty
    public Double reworkRate() {
        return handled == 0 ? null : (double) reworked / handled;
    }
}
