package org.civicgrid.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.FollowUpStatus;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class OperationTests {

    static final Instant NOW = Instant.parse("2023-05-09T10:00:00Z");
    final ViolationType helmet = new ViolationType("NO_HELMET", "未戴头盔", "No helmet", EnforcementAction.FINED, "c", 10);
    final Operation operation = new Operation("第五次创文联合执法", LocalDate.of(2023, 5, 9), 7, "/1/7/", Set.of(11L, 12L),
            List.of("市城管局"), 3, "zhifa", "王", null, "zhifa", NOW);

    @Test
    void a_line_without_an_action_takes_the_types_default_and_adds_to_the_total() {
        operation.tally(helmet, null, 26, null, null, NOW);
        operation.tally(helmet, 11L, 4, EnforcementAction.WARNED, null, NOW);

        assertThat(operation.getLines()).extracting(TallyLine::getAction)
                .containsExactly(EnforcementAction.FINED, EnforcementAction.WARNED);
        assertThat(operation.total()).isEqualTo(30);
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> operation.tally(helmet, null, -1, null, null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(err -> err.field())
                        .containsExactly("count"));
        assertThat(operation.getLines()).isEmpty();
    }

    @Test
    void a_road_the_operation_did_not_cover_is_refused() {
        assertThatThrownBy(() -> operation.tally(helmet, 99L, 1, null, null, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not one of this operation's roads");
    }

    @Test
    void a_retired_type_is_refused() {
        helmet.describe("未戴头盔", "No helmet", EnforcementAction.FINED, "c", 10, false);

        assertThatThrownBy(() -> operation.tally(helmet, null, 1, null, null, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("retired");
    }

    @Test
    void a_line_is_handed_to_casework_once_and_then_cannot_be_removed() throws Exception {
        TallyLine line = operation.tally(helmet, null, 3, null, null, NOW);
        id(line, 5L);

        operation.requestFollowUp(5L, "zhifa", NOW);

        assertThat(line.getFollowUpStatus()).isEqualTo(FollowUpStatus.REQUESTED);
        assertThatThrownBy(() -> operation.requestFollowUp(5L, "zhifa", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> operation.removeLine(5L, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void case_progress_moves_the_line_on_and_late_steps_are_ignored() {
        TallyLine line = operation.tally(helmet, null, 3, null, null, NOW);

        line.caseProgressed(42, "DISPATCHED", false, NOW.plusSeconds(60));
        boolean late = line.caseProgressed(42, "REGISTERED", false, NOW.plusSeconds(30));
        assertThat(late).isFalse();
        assertThat(line.getFollowUpStatus()).isEqualTo(FollowUpStatus.IN_PROGRESS);
        assertThat(line.getCaseStatus()).isEqualTo("DISPATCHED");

        line.caseProgressed(42, "CLOSED", true, NOW.plusSeconds(120));
        assertThat(line.getFollowUpStatus()).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(line.getCaseId()).isEqualTo(42L);
    }

    @Test
    void an_unrecorded_line_removed_by_mistake_leaves_the_total() throws Exception {
        TallyLine line = operation.tally(helmet, null, 3, null, null, NOW);
        id(line, 8L);

        operation.removeLine(8L, NOW);

        assertThat(operation.total()).isZero();
    }

    private static void id(TallyLine line, long id) throws Exception {
        Field f = TallyLine.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(line, id);
    }
}
