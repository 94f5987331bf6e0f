package org.civicgrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.tally.RegionTallies;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Whatever mix of reports and workflow steps happens, adding up the differences each write applies gives
 * exactly what counting the cases afresh gives — the rule the dashboard's figures rest on.
 */
class CaseTallyProperties {

    private static final Instant T0 = Instant.parse("2026-06-01T01:00:00Z");
    private static final CaseActor ACTOR = new CaseActor(1L, "tester", "测试", "DISTRICT_OFFICIAL");
    private static final String[] PATHS = {"/1/2/3/", "/1/2/4/", "/1/5/"};
    private static final String[] CATEGORIES = {"drain-blocked", "garbage-pile", "road-damage"};

    /** A new case (where, what, from whom) or a step (which case, which action, for a merge which case kept). */
    record Op(boolean report, int a, int b, CaseAction action) {}

    @Property(tries = 300)
    void the_kept_figures_equal_a_fresh_count_after_any_mix_of_transitions(@ForAll("ops") List<Op> ops) {
        List<CaseFile> cases = new ArrayList<>();
        Map<RegionTallies.Key, Long> kept = new HashMap<>();
        Instant at = T0;
        for (Op op : ops) {
            at = at.plusSeconds(3600);
            if (op.report() || cases.isEmpty()) {
                CaseFile c = report(cases.size(), op.a(), op.b(), at);
                cases.add(c);
                apply(kept, RegionTallies.difference(Map.of(), CaseTallies.of(c)));
                continue;
            }
            CaseFile c = cases.get(op.a() % cases.size());
            Map<RegionTallies.Key, Long> before = CaseTallies.of(c);
            try {
                step(c, op, cases, at);
            } catch (DomainException refused) {
                // a step the state does not allow changes nothing
            }
            apply(kept, RegionTallies.difference(before, CaseTallies.of(c)));
        }

        Map<RegionTallies.Key, Long> counted = new HashMap<>();
        cases.forEach(c -> CaseTallies.of(c).forEach((k, n) -> counted.merge(k, n, Long::sum)));
        kept.values().removeIf(n -> n == 0);
        assertThat(kept).isEqualTo(counted);
        assertThat(kept.values()).allMatch(n -> n > 0);
    }

    @Property(tries = 200)
    void every_region_holds_the_cases_at_or_under_it_once_the_changes_are_rolled_up(@ForAll("ops") List<Op> ops) {
        List<CaseFile> cases = new ArrayList<>();
        Map<RegionTallies.Key, Long> regions = new HashMap<>();
        Instant at = T0;
        for (Op op : ops) {
            at = at.plusSeconds(5 * 3600);
            Map<RegionTallies.Key, Long> before;
            CaseFile c;
            if (op.report() || cases.isEmpty()) {
                c = report(cases.size(), op.a(), op.b(), at);
                cases.add(c);
                before = Map.of();
            } else {
                c = cases.get(op.a() % cases.size());
                before = CaseTallies.of(c);
                try {
                    step(c, op, cases, at);
                } catch (DomainException refused) {
                    // nothing moved
                }
            }
            // what the fold does with each change row: add it to the case's region and every region above
            RegionTallies.difference(before, CaseTallies.of(c)).forEach((k, n) -> RegionTallies.rollUp(k.regionPath(), k.dim())
                    .forEach(region -> regions.merge(new RegionTallies.Key(region, k.dim(), k.val()), n, Long::sum)));
        }
        regions.values().removeIf(n -> n == 0);

        Map<RegionTallies.Key, Long> counted = new HashMap<>();
        for (String region : List.of("/1/", "/1/2/", "/1/2/3/", "/1/2/4/", "/1/5/")) {
            for (CaseFile c : cases) {
                if (!c.getRegionPath().startsWith(region)) {
                    continue;
                }
                CaseTallies.of(c).forEach((k, n) -> counted.merge(new RegionTallies.Key(region, k.dim(), k.val()),
                        n, Long::sum));
            }
        }
        // daily figures stop at community depth (3); these cases lie no deeper than 2, so every region has them
        assertThat(regions).isEqualTo(counted);
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<CaseAction> actions = Arbitraries.of(CaseAction.REGISTER, CaseAction.REJECT, CaseAction.DISPATCH,
                CaseAction.HANDLE, CaseAction.VERIFY, CaseAction.SEND_BACK, CaseAction.CLOSE, CaseAction.SUPERVISE,
                CaseAction.REOPEN, CaseAction.MERGE);
        return Combinators.combine(Arbitraries.integers().between(0, 9).map(n -> n < 2), Arbitraries.integers()
                .between(0, 1000), Arbitraries.integers().between(0, 1000), actions).as(Op::new).list().ofMaxSize(80);
    }

    private static CaseFile report(int index, int a, int b, Instant at) {
        String path = PATHS[a % PATHS.length];
        CaseFile c = new CaseFile(CATEGORIES[b % CATEGORIES.length], null, "测试", new CaseFile.Place(27.83, 113.09,
                null, null, null, null, null, 3L, path), CaseSource.values()[(a + b) % CaseSource.values().length], null,
                CaseUrgency.NORMAL, ACTOR, false, List.of(), null, at, at.plusSeconds(86_400), null);
        ReflectionTestUtils.setField(c, "id", (long) index + 1);
        return c;
    }

    private static void step(CaseFile c, Op op, List<CaseFile> cases, Instant at) {
        switch (op.action()) {
            case REGISTER -> c.register(ACTOR, null, List.of(), at);
            case REJECT -> c.reject(ACTOR, "不属实", List.of(), at);
            case DISPATCH -> c.dispatch(ACTOR, 4L, "水务局", null, List.of(), at);
            case HANDLE -> c.handle(ACTOR, "已处置", List.of(), at);
            case VERIFY -> c.verify(ACTOR, null, List.of(), at);
            case SEND_BACK -> c.sendBack(ACTOR, "未处置完", List.of(), at);
            case CLOSE -> c.close(ACTOR, null, List.of(), at);
            case SUPERVISE -> c.supervise(ACTOR, "超期", List.of(), 2L, at);
            case REOPEN -> c.reopen(ACTOR, "群众反映仍未解决", List.of(), at);
            case MERGE -> {
                CaseFile kept = cases.get(op.b() % cases.size());
                if (c.getStatus().isOpen()) {
                    c.mergeInto(kept.getId(), ACTOR, null, at);
                }
            }
            default -> throw new IllegalArgumentException(op.action().name());
        }
    }

    private static void apply(Map<RegionTallies.Key, Long> kept, Map<RegionTallies.Key, Long> delta) {
        delta.forEach((k, n) -> kept.merge(k, n, Long::sum));
    }
}
