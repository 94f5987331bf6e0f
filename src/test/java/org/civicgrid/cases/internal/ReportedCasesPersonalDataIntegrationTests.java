package org.civicgrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.civicgrid.access.UserSummary;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.support.Api;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reported cases read a batch at a time come out whole and in order, whatever the batch size. */
@IntegrationTest
class ReportedCasesPersonalDataIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    TestUsers users;

    @Autowired
    ReportedCasesPersonalData section;

    @Test
    void cases_read_two_at_a_time_are_every_case_oldest_first_each_with_its_own_steps() {
        UserSummary worker = users.create("GRID_WORKER", "小湖塘社区第1网格");
        List<Long> reported = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            reported.add(api.post(worker.username(), "/api/v1/cases", Map.of("category_code", "street-lamp-fault",
                    "description", "巡查发现路灯不亮 " + i, "lat", 27.8300, "lng", 113.0900)).id());
        }
        api.post("xiaohutang", "/api/v1/cases/{id}/transitions", Map.of("action", "REGISTER"), reported.get(2));

        List<ReportedCasesPersonalData.ReportedCase> inTwos = section.collect(worker.id(), 2);

        assertThat(inTwos).extracting(ReportedCasesPersonalData.ReportedCase::id).containsExactlyElementsOf(reported);
        assertThat(inTwos).extracting(ReportedCasesPersonalData.ReportedCase::description)
                .containsExactly("巡查发现路灯不亮 1", "巡查发现路灯不亮 2", "巡查发现路灯不亮 3", "巡查发现路灯不亮 4",
                        "巡查发现路灯不亮 5");
        assertThat(inTwos.get(2).timeline()).extracting(ReportedCasesPersonalData.Step::action)
                .containsExactly(CaseAction.REPORT, CaseAction.REGISTER);
        assertThat(inTwos.get(3).timeline()).extracting(ReportedCasesPersonalData.Step::action)
                .containsExactly(CaseAction.REPORT);
        assertThat(inTwos).isEqualTo(section.collect(worker.id()));
    }
}
