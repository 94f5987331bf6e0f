package org.civicgrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.shared.tally.RegionTallies;
import org.junit.jupiter.api.Test;

class CaseTalliesTests {

    private static final CaseActor ACTOR = new CaseActor(1L, "tester", "测试", "GRID_WORKER");

    @Test
    void a_case_reported_after_four_in_the_afternoon_utc_counts_on_the_next_day_in_zhuzhou() {
        CaseFile c = new CaseFile("drain-blocked", null, "下水道堵塞", new CaseFile.Place(27.83, 113.09, null, 5L, 4L, 3L,
                2L, 5L, "/1/2/3/4/5/"), CaseSource.RESIDENT, null, CaseUrgency.NORMAL, ACTOR, false, List.of(), null,
                Instant.parse("2026-06-01T17:30:00Z"), Instant.parse("2026-06-03T17:30:00Z"), null);

        Map<RegionTallies.Key, Long> keys = CaseTallies.of(c);

        assertThat(keys).containsKeys(new RegionTallies.Key("/1/2/3/4/5/", CaseTallies.REPORTED_ON, "2026-06-02"),
                new RegionTallies.Key("/1/2/3/4/5/", CaseTallies.OPEN_DUE_ON, "2026-06-04"),
                new RegionTallies.Key("/1/2/3/4/5/", CaseTallies.STATUS, "REPORTED"));
        assertThat(keys).doesNotContainKey(new RegionTallies.Key("/1/2/3/4/5/", CaseTallies.ON_TIME_ON, "2026-06-02"));
    }

}
