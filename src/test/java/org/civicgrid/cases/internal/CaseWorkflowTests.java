package org.civicgrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.civicgrid.access.Role;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The transition table, written out here independently of {@link CaseWorkflow}: every (state × action ×
 * role) is either allowed (and leads to the expected state) or refused — 403 for the role, 409 for the state.
 */
class CaseWorkflowTests {

    static final Instant T0 = Instant.parse("2026-05-11T01:00:00Z");
    static final CaseActor ACTOR = new CaseActor(1L, "tester", "测试", "COMMUNITY_WORKER");

    static final Set<Role> STAFF = EnumSet.of(Role.PLATFORM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL,
            Role.STREET_OFFICIAL, Role.COMMUNITY_WORKER);
    static final Set<Role> OFFICIALS = EnumSet.of(Role.PLATFORM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL,
            Role.STREET_OFFICIAL);

    /** action → (from state → to state). */
    static final Map<CaseAction, Map<CaseStatus, CaseStatus>> STATES = Map.of(
            CaseAction.REGISTER, Map.of(CaseStatus.REPORTED, CaseStatus.REGISTERED),
            CaseAction.REJECT, Map.of(CaseStatus.REPORTED, CaseStatus.REJECTED),
            CaseAction.DISPATCH, Map.of(CaseStatus.REGISTERED, CaseStatus.DISPATCHED),
            CaseAction.HANDLE, Map.of(CaseStatus.DISPATCHED, CaseStatus.HANDLED),
            CaseAction.VERIFY, Map.of(CaseStatus.HANDLED, CaseStatus.VERIFIED),
            CaseAction.SEND_BACK, Map.of(CaseStatus.HANDLED, CaseStatus.DISPATCHED),
            CaseAction.CLOSE, Map.of(CaseStatus.VERIFIED, CaseStatus.CLOSED),
            CaseAction.SUPERVISE, Map.of(CaseStatus.REPORTED, CaseStatus.REPORTED, CaseStatus.REGISTERED,
                    CaseStatus.REGISTERED, CaseStatus.DISPATCHED, CaseStatus.DISPATCHED, CaseStatus.HANDLED,
                    CaseStatus.HANDLED, CaseStatus.VERIFIED, CaseStatus.VERIFIED),
            CaseAction.REOPEN, Map.of(CaseStatus.CLOSED, CaseStatus.REGISTERED, CaseStatus.REJECTED, CaseStatus.REGISTERED));

    /** action → roles that may take it. */
    static final Map<CaseAction, Set<Role>> ROLES = Map.of(
            CaseAction.REGISTER, STAFF,
            CaseAction.REJECT, STAFF,
            CaseAction.DISPATCH, STAFF,
            CaseAction.HANDLE, plus(STAFF, Role.UNIT_LIAISON, Role.ENFORCEMENT_OFFICER),
            CaseAction.VERIFY, plus(STAFF, Role.GRID_WORKER),
            CaseAction.SEND_BACK, plus(STAFF, Role.GRID_WORKER),
            CaseAction.CLOSE, STAFF,
            CaseAction.SUPERVISE, OFFICIALS,
            CaseAction.REOPEN, OFFICIALS);

    static Stream<Arguments> everyStateActionAndRole() {
        List<Arguments> out = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            for (CaseAction a : CaseAction.TRANSITIONS) {
                for (Role r : Role.values()) {
                    out.add(Arguments.of(s, a, r));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} on a {0} case by {2}")
    @MethodSource("everyStateActionAndRole")
    void every_transition_is_allowed_or_refused_as_the_table_says(CaseStatus state, CaseAction action, Role role) {
        boolean roleMay = ROLES.get(action).contains(role);
        CaseStatus expected = STATES.get(action).get(state);

        assertThat(CaseWorkflow.roleMay(action, Set.of(role))).as("role %s may %s", role, action).isEqualTo(roleMay);
        assertThat(CaseWorkflow.allowed(state, Set.of(role)).contains(action))
                .isEqualTo(roleMay && expected != null);

        CaseFile c = caseIn(state);
        if (expected == null) {
            assertThatThrownBy(() -> take(c, action)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(state.name());
            assertThat(c.getStatus()).isEqualTo(state);
        } else {
            int steps = c.getSteps().size();
            take(c, action);
            assertThat(c.getStatus()).isEqualTo(expected);
            assertThat(c.getSteps()).hasSize(steps + 1);
            assertThat(c.getSteps().get(steps).getAction()).isEqualTo(action);
        }
    }

    @Test
    void a_case_sent_back_counts_as_rework_and_closing_records_whether_it_was_on_time() {
        CaseFile c = caseIn(CaseStatus.HANDLED);
        c.sendBack(ACTOR, "仍有积水", List.of(), T0.plusSeconds(60));
        assertThat(c.getReworkCount()).isEqualTo(1);
        c.handle(ACTOR, "再次疏通", List.of(), T0.plusSeconds(120));
        c.verify(ACTOR, null, List.of(), T0.plusSeconds(180));
        c.close(ACTOR, null, List.of(), T0.plusSeconds(3600 * 30));
        assertThat(c.getClosedOnTime()).isFalse();
        assertThat(c.getHandlingMinutes()).isEqualTo(30 * 60);
    }

    @Test
    void supervision_remembers_the_region_it_was_raised_to() {
        CaseFile c = caseIn(CaseStatus.DISPATCHED);
        c.supervise(CaseActor.SYSTEM, "超期", List.of(), 42L, T0);
        c.supervise(CaseActor.SYSTEM, "再次超期", List.of(), 7L, T0.plusSeconds(86_400));
        assertThat(c.getSupervisionCount()).isEqualTo(2);
        assertThat(c.getSupervisionRegionId()).isEqualTo(7L);
        assertThat(c.getStatus()).isEqualTo(CaseStatus.DISPATCHED);
    }

    static CaseFile caseIn(CaseStatus state) {
        CaseFile c = new CaseFile("drain-blocked", "drain-blocked", "下水道堵塞",
                new CaseFile.Place(27.83, 113.09, "1 栋", 10L, 9L, 8L, 7L, 10L, "/1/7/8/9/10/"), CaseSource.RESIDENT, null,
                CaseUrgency.NORMAL, ACTOR, false, List.of(), null, T0, T0.plusSeconds(3600 * 24), null);
        List<Function<CaseFile, Object>> path = switch (state) {
            case REPORTED -> List.of();
            case REGISTERED -> List.of(x -> x.register(ACTOR, null, List.of(), T0));
            case REJECTED -> List.of(x -> x.reject(ACTOR, "不属实", List.of(), T0));
            case DISPATCHED -> List.of(x -> x.register(ACTOR, null, List.of(), T0),
                    x -> x.dispatch(ACTOR, 4L, "水务局", null, List.of(), T0));
            case HANDLED -> List.of(x -> x.register(ACTOR, null, List.of(), T0),
                    x -> x.dispatch(ACTOR, 4L, "水务局", null, List.of(), T0), x -> x.handle(ACTOR, "已处置", List.of(), T0));
            case VERIFIED -> List.of(x -> x.register(ACTOR, null, List.of(), T0),
                    x -> x.dispatch(ACTOR, 4L, "水务局", null, List.of(), T0), x -> x.handle(ACTOR, "已处置", List.of(), T0),
                    x -> x.verify(ACTOR, null, List.of(), T0));
            case CLOSED -> List.of(x -> x.register(ACTOR, null, List.of(), T0),
                    x -> x.dispatch(ACTOR, 4L, "水务局", null, List.of(), T0), x -> x.handle(ACTOR, "已处置", List.of(), T0),
                    x -> x.verify(ACTOR, null, List.of(), T0), x -> x.close(ACTOR, null, List.of(), T0));
        };
        path.forEach(f -> f.apply(c));
        assertThat(c.getStatus()).isEqualTo(state);
        return c;
    }

    static void take(CaseFile c, CaseAction action) {
        Instant at = T0.plusSeconds(60);
        switch (action) {
            case REGISTER -> c.register(ACTOR, null, List.of(), at);
            case REJECT -> c.reject(ACTOR, "reason", List.of(), at);
            case DISPATCH -> c.dispatch(ACTOR, 1L, "城管", null, List.of(), at);
            case HANDLE -> c.handle(ACTOR, "done", List.of(), at);
            case VERIFY -> c.verify(ACTOR, null, List.of(), at);
            case SEND_BACK -> c.sendBack(ACTOR, "again", List.of(), at);
            case CLOSE -> c.close(ACTOR, null, List.of(), at);
            case SUPERVISE -> c.supervise(ACTOR, null, List.of(), 8L, at);
            case REOPEN -> c.reopen(ACTOR, "again", List.of(), at);
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    private static Set<Role> plus(Set<Role> base, Role... more) {
        Set<Role> out = EnumSet.copyOf(base);
        out.addAll(List.of(more));
        return out;
    }
}
