package org.civicgrid.pairing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.civicgrid.pairing.NeedCategory;
import org.civicgrid.pairing.NeedSource;
import org.civicgrid.pairing.NeedStatus;
import org.civicgrid.pairing.PairingNeedEscalated;
import org.civicgrid.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class NeedTests {

    private static final Instant NOW = Instant.parse("2023-05-08T02:00:00Z");

    private static Need need() {
        Need n = new Need(7, "/1/2/3/7/", "下水盖板损坏", "3栋门前", NeedCategory.DRAINAGE, NeedSource.VISIT, "月桂社区3栋",
                null, null, null, "liaison", NOW);
        ReflectionTestUtils.setField(n, "id", 9L); // as saved
        return n;
    }

    @Test
    void an_open_need_is_claimed_once_then_resolved() {
        Need n = need();
        n.claim(11, 5, NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.CLAIMED);
        assertThat(n.getClaimedUnitId()).isEqualTo(5);
        assertThatThrownBy(() -> n.claim(12, 6, NOW)).isInstanceOf(ConflictException.class);
        n.resolve("更换盖板", NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.DONE);
        assertThatThrownBy(() -> n.resolve("again", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> n.escalate(null, "x", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void escalating_registers_the_case_request_with_the_catalogue_code_and_the_reference() {
        Need n = need();
        n.claim(11, 5, NOW);
        n.escalate("需市政部门更换", "liaison", NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.ESCALATED);
        PairingNeedEscalated event = (PairingNeedEscalated) n.events().get(0);
        assertThat(event.categoryCode()).isEqualTo("drain-cover-damage");
        assertThat(event.source()).isEqualTo("PAIRED_UNIT");
        assertThat(event.regionId()).isEqualTo(7L);
        assertThat(event.sourceRef()).isEqualTo("pairing-need:9");
        assertThat(event.description()).contains("下水盖板损坏", "需市政部门更换");
        n.published();
        assertThat(n.events()).isEmpty();
    }

    @Test
    void an_escalated_need_cannot_be_resolved_by_hand_and_is_done_only_when_its_case_closes() {
        Need n = need();
        n.escalate(null, "worker", NOW);
        assertThatThrownBy(() -> n.resolve("自己解决", NOW)).isInstanceOf(ConflictException.class);
        n.caseProgressed(42, "DISPATCHED", false, NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.ESCALATED);
        assertThat(n.getCaseId()).isEqualTo(42L);
        n.caseProgressed(42, "CLOSED", true, NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.DONE);
        assertThat(n.getResolution()).contains("42");
    }

    @Test
    void a_case_report_for_a_need_that_was_not_escalated_changes_nothing_but_the_case_fields() {
        Need n = need();
        n.caseProgressed(43, "CLOSED", true, NOW);
        assertThat(n.getStatus()).isEqualTo(NeedStatus.OPEN);
    }
}
