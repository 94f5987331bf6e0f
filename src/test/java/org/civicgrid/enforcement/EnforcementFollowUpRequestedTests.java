package org.civicgrid.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.shared.events.CaseRequest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class EnforcementFollowUpRequestedTests {

    final EnforcementFollowUpRequested event = new EnforcementFollowUpRequested(5, 42, EnforcementFollowUpRequested.refOf(42),
            "street-order.arcade-machine", "联合执法转办：门口摆放游戏机 3 起", 27.81, 113.09, "凿石路", 7L, "zhifa-tianyuan");

    @Test
    void it_asks_casework_for_a_case_from_the_enforcement_source_with_the_lines_reference() {
        CaseRequest request = event;

        assertThat(request.source()).isEqualTo("ENFORCEMENT");
        assertThat(request.sourceRef()).isEqualTo("enforcement-line:42");
    }

    @Test
    void it_survives_the_event_registry_round_trip_even_when_unknown_fields_are_refused() {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        String text = json.writeValueAsString(event);

        assertThat(json.readValue(text, EnforcementFollowUpRequested.class)).isEqualTo(event);
    }
}
