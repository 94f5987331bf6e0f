package org.civicgrid.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves a case's deadline behind the workflow's back (no step ever moves one), for tests of what happens
 * when a case falls due, and records the move of its open-due figure as the workflow records each change it
 * makes — so the case figures stay true for every test that runs afterwards.
 */
final class Deadlines {

    private Deadlines() {}

    static void move(JdbcTemplate jdbc, long caseId, Instant deadline) {
        Map<String, Object> c = jdbc.queryForMap("select region_path, status, deadline from case_file where id = ?", caseId);
        jdbc.update("update case_file set deadline = ?, supervised_at = null where id = ?", Timestamp.from(deadline), caseId);
        if (CaseStatus.valueOf((String) c.get("status")).isOpen()) {
            Instant before = c.get("deadline") instanceof OffsetDateTime t ? t.toInstant()
                    : ((Timestamp) c.get("deadline")).toInstant();
            String path = (String) c.get("region_path");
            jdbc.update("insert into region_tally_change (topic, region_path, dim, val, d) values ('cases', ?, 'open_due_on', ?, "
                    + "-1), ('cases', ?, 'open_due_on', ?, 1)", path, LocalDate.ofInstant(before, TimeConfiguration.ZONE)
                    .toString(), path, LocalDate.ofInstant(deadline, TimeConfiguration.ZONE).toString());
        }
    }
}
