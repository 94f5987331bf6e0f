package org.civicgrid.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.civicgrid.support.IntegrationTest;
import org.civicgrid.support.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;

/** A tally line becomes a case by event, and the case's progress comes back by event. */
@IntegrationTest
@EnableScenarios
class EnforcementFollowUpIntegrationTests {

    @Autowired
    EnforcementManagement management;

    @Autowired
    EnforcementCatalogue catalogue;

    @Autowired
    AccountManagement accounts;

    @BeforeEach
    void signInAsOfficer() {
        Sessions.signIn(accounts, "zhifa-tianyuan");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_tally_line_handed_to_casework_asks_for_a_case_and_follows_its_progress(Scenario scenario) {
        OperationDetail op = freshOperation();
        TallyLineView arcade = op.lines().get(0);
        String ref = "enforcement-line:" + arcade.id();

        scenario.stimulate(() -> management.requestFollowUp(op.id(), arcade.id(), "请社区督促门店移除游戏机"))
                .andWaitForEventOfType(EnforcementFollowUpRequested.class)
                .matching(e -> e.sourceRef().equals(ref))
                .toArriveAndVerify(e -> {
                    assertThat(e.source()).isEqualTo("ENFORCEMENT");
                    assertThat(e.categoryCode()).isEqualTo("street-order.arcade-machine");
                    assertThat(e.regionId()).isEqualTo(op.regionId());
                    assertThat(e.reportedBy()).isEqualTo("zhifa-tianyuan");
                    assertThat(e.address()).isEqualTo("嵩山路");
                    assertThat(e.lat()).isNotNull();
                    assertThat(e.description()).contains("门口摆放游戏机", "3 起", "请社区督促门店移除游戏机");
                });
        // casework opens the case at once and reports it back as REPORTED
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> line(op.id(), arcade.id()).caseId() != null);
        TallyLineView opened = line(op.id(), arcade.id());
        assertThat(opened.followUp()).isEqualTo(FollowUpStatus.IN_PROGRESS);
        assertThat(opened.caseStatus()).isEqualTo("REPORTED");
        long caseId = opened.caseId();

        scenario.publish(new CaseStatusChanged(caseId, "ENFORCEMENT", ref, "DISPATCHED", false, Instant.now()))
                .andWaitForStateChange(() -> line(op.id(), arcade.id()), l -> "DISPATCHED".equals(l.caseStatus()))
                .andVerify(l -> {
                    assertThat(l.caseId()).isEqualTo(caseId);
                    assertThat(l.followUp()).isEqualTo(FollowUpStatus.IN_PROGRESS);
                });

        scenario.publish(new CaseStatusChanged(caseId, "ENFORCEMENT", ref, "CLOSED", true, Instant.now()))
                .andWaitForStateChange(() -> line(op.id(), arcade.id()), l -> l.followUp() == FollowUpStatus.CLOSED)
                .andVerify(l -> assertThat(l.caseStatus()).isEqualTo("CLOSED"));
    }

    @Test
    void a_line_is_handed_over_once_and_then_cannot_be_removed() {
        OperationDetail op = freshOperation();
        long lineId = op.lines().get(0).id();
        management.requestFollowUp(op.id(), lineId, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.requestFollowUp(op.id(), lineId, null))
                .hasMessageContaining("already");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.removeTally(op.id(), lineId))
                .hasMessageContaining("became a case");
        long zeroLine = op.lines().get(1).id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.requestFollowUp(op.id(), zeroLine, null))
                .hasMessageContaining("counted nothing");
    }

    private OperationDetail freshOperation() {
        long road = catalogue.roads("嵩山路", PageRequest.of(0, 5)).getContent().get(0).id();
        return management.record(new RecordOperation("跟进测试 " + System.nanoTime(), LocalDate.of(2024, 3, 1), null,
                List.of(road), List.of("天元区城市管理和综合执法局"), null, null,
                List.of(new RecordOperation.Tally("ARCADE_MACHINE", road, 3, null, "文具店门口游戏机"),
                        new RecordOperation.Tally("TAXI", null, 0, null, null))));
    }

    private TallyLineView line(long operationId, long lineId) {
        signInAsOfficer();
        return management.get(operationId).lines().stream().filter(l -> l.id() == lineId).findFirst().orElseThrow();
    }

}
