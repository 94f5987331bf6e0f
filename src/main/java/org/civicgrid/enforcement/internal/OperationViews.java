package org.civicgrid.enforcement.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.enforcement.EnforcementManagement;
import org.civicgrid.enforcement.OperationDetail;
import org.civicgrid.enforcement.RoadView;
import org.civicgrid.enforcement.TallyLineView;
import org.civicgrid.enforcement.TypeTotal;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.events.SearchableChanged;
import org.springframework.stereotype.Component;

/**
 * Turns operations into the records pages and the API show, and into the search index's entry for an
 * operation — the one way it is written, when the operation changes and for a rebuild.
 */
@Component
public class OperationViews {

    private final RoadRepository roads;
    private final Regions regions;

    OperationViews(RoadRepository roads, Regions regions) {
        this.roads = roads;
        this.regions = regions;
    }

    /** The operation with its roads, lines and totals by violation type. */
    public OperationDetail detail(Operation o) {
        Map<Long, Road> roadsById = roadsOf(List.of(o));
        List<RoadView> roadViews = o.getRoadIds().stream().map(roadsById::get).filter(Objects::nonNull)
                .map(r -> r.toView(regions.nameOf(r.getRegionId()))).toList();
        List<TallyLineView> lines = o.getLines().stream().map(l -> lineView(l, roadsById)).toList();
        Map<String, TypeTotal> totals = new LinkedHashMap<>();
        o.getLines().stream()
                .sorted(Comparator.comparingInt((TallyLine l) -> l.getViolationType().getSortOrder())
                        .thenComparing(l -> l.getViolationType().getId()))
                .forEach(l -> totals.merge(l.getViolationType().getCode(),
                        new TypeTotal(l.getViolationType().getCode(), l.getViolationType().getNameZh(),
                                l.getViolationType().getNameEn(), l.getQuantity()),
                        (a, b) -> new TypeTotal(a.code(), a.nameZh(), a.nameEn(), a.count() + b.count())));
        return new OperationDetail(o.getId(), o.getNumber(), o.getOperationDate(), o.getRegionId(),
                regions.nameOf(o.getRegionId()), o.getRegionPath(), roadViews, List.copyOf(o.getDepartments()),
                o.getLeadOfficerUsername(), o.getLeadOfficerName(), o.getNotes(), lines,
                List.copyOf(totals.values()), o.total(), o.getRecordedBy(), o.getRecordedAt());
    }

    public static TallyLineView lineView(TallyLine l, Map<Long, Road> roadsById) {
        Road road = l.getRoadId() == null ? null : roadsById.get(l.getRoadId());
        return new TallyLineView(l.getId(), l.getViolationType().getCode(), l.getViolationType().getNameZh(),
                l.getViolationType().getNameEn(), l.getRoadId(), road == null ? null : road.getName(), l.getQuantity(),
                l.getAction(), l.getNote(), l.getFollowUpStatus(), l.getCaseId(), l.getCaseStatus(),
                l.getFollowUpRequestedAt());
    }

    /** The roads of these operations by id, in one query. */
    public Map<Long, Road> roadsOf(List<Operation> list) {
        Set<Long> ids = list.stream().flatMap(o -> o.getRoadIds().stream()).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : roads.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Road::getId, Function.identity()));
    }

    /** The search index's entry of an operation as it now stands. */
    public SearchableChanged searchEntry(Operation o) {
        return searchEntry(detail(o), o.getUpdatedAt());
    }

    /** Found by its number, date, region, roads, departments, lead officer, tallies and notes. */
    public static SearchableChanged searchEntry(OperationDetail detail, Instant changed) {
        return new SearchableChanged(EnforcementManagement.SEARCH_KIND, String.valueOf(detail.id()),
                detail.regionPath(), OperationText.searchTitle(detail), OperationText.searchText(detail),
                "/enforcement/operations/" + detail.id(), changed, false);
    }
}
