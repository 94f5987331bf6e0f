package org.civicgrid.volunteering.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civicgrid.volunteering.Views.DutyLine;

/** One row of the duty board's summary: a community's or a unit's members and how many are behind this month. */
record DutyTally(long id, String name, int members, int behind, int done) {

    /** The board's summary by community, as the page shows it and its export writes it. */
    static List<DutyTally> byCommunity(List<DutyLine> lines) {
        return by(lines, DutyLine::communityId, DutyLine::communityName);
    }

    /** The board's summary by unit (members without a unit left out), named by the unit's number. */
    static List<DutyTally> byUnit(List<DutyLine> lines) {
        return by(lines.stream().filter(l -> l.unitId() != null).toList(), DutyLine::unitId,
                l -> String.valueOf(l.unitId()));
    }

    static List<DutyTally> by(List<DutyLine> lines, Function<DutyLine, Long> id, Function<DutyLine, String> name) {
        Map<Long, List<DutyLine>> groups = new LinkedHashMap<>();
        lines.forEach(l -> groups.computeIfAbsent(id.apply(l), k -> new java.util.ArrayList<>()).add(l));
        return groups.entrySet().stream().map(e -> new DutyTally(e.getKey(), name.apply(e.getValue().get(0)),
                e.getValue().size(), (int) e.getValue().stream().filter(DutyLine::behind).count(),
                (int) e.getValue().stream().filter(l -> l.owes() && !l.behind()).count()))
                .sorted(Comparator.comparingInt(DutyTally::behind).reversed().thenComparing(DutyTally::name))
                .toList();
    }
}
