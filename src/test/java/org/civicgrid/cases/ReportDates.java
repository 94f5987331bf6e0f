package org.civicgrid.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves the moment a case was reported behind the workflow's back (no step ever moves one), for tests of figures
 * by the day or month cases were reported in — a case reported today and worked through the API lands months ago —
 * and records the move of its daily figures as the workflow records each change it makes, so that the case figures
 * stay true for every test that runs afterwards (as {@link Deadlines} does for a deadline).
 */
public final class ReportDates {

    private ReportDates() {}

    public static void move(JdbcTemplate jdbc, long caseId, Instant reportedAt) {
        Map<String, Object> c = jdbc.queryForMap("select region_path, status, reported_at, closed_on_time, merged_into_id "
                + "from case_file where id = ?", caseId);
        jdbc.update("update case_file set reported_at = ? where id = ?", Timestamp.from(reportedAt), caseId);
        if (CaseStatus.REJECTED.name().equals(c.get("status")) || c.get("merged_into_id") != null) {
            return;
        }
        Instant before = c.get("reported_at") instanceof OffsetDateTime t ? t.toInstant()
                : ((Timestamp) c.get("reported_at")).toInstant();
        String path = (String) c.get("region_path");
        String from = LocalDate.ofInstant(before, TimeConfiguration.ZONE).toString();
        String to = LocalDate.ofInstant(reportedAt, TimeConfiguration.ZONE).toString();
        String move = "insert into region_tally_change (topic, region_path, dim, val, d) values ('cases', ?, ?, ?, -1), "
                + "('cases', ?, ?, ?, 1)";
        jdbc.update(move, path, "reported_on", from, path, "reported_on", to);
        if (Boolean.TRUE.equals(c.get("closed_on_time"))) {
            jdbc.update(move, path, "on_time_on", from, path, "on_time_on", to);
        }
    }
}
