package org.civicgrid.enforcement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.enforcement.internal.EnforcementPolicy;
import org.civicgrid.enforcement.internal.Road;
import org.civicgrid.enforcement.internal.RoadRepository;
import org.civicgrid.enforcement.internal.TallyStatistics;
import org.civicgrid.enforcement.internal.TallyStatistics.MonthSum;
import org.civicgrid.enforcement.internal.TallyStatistics.PlaceSum;
import org.civicgrid.enforcement.internal.ViolationType;
import org.civicgrid.enforcement.internal.ViolationTypeRepository;
import org.civicgrid.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 违法热点 — where and when violations are counted, inside the caller's region: by road (or by the roads
 * of an operation whose counts were not split by road), by violation type and by month.
 */
@Service
public class EnforcementStatistics {

    /** The longest month axis a chart draws (ten years). */
    static final int MAX_MONTHS = 120;

    private final TallyStatistics statistics;
    private final RoadRepository roads;
    private final ViolationTypeRepository types;

    EnforcementStatistics(TallyStatistics statistics, RoadRepository roads, ViolationTypeRepository types) {
        this.statistics = statistics;
        this.roads = roads;
        this.types = types;
    }

    @Transactional(readOnly = true)
    public HotSpots hotSpots(HotSpots.Criteria criteria) {
        CurrentUser caller = requireReader();
        String scope = caller.scope().likePattern();
        String type = criteria.violationType() == null || criteria.violationType().isBlank() ? null
                : criteria.violationType().trim();
        List<PlaceSum> sums = statistics.byPlace(scope, criteria.from(), criteria.to(), type);
        List<HotSpots.Place> places = places(sums);
        List<HotSpots.Month> months = months(statistics.byMonth(scope, criteria.from(), criteria.to(), type));
        List<TypeTotal> totals = totals(sums);
        long total = totals.stream().mapToLong(TypeTotal::count).sum();
        return new HotSpots(criteria, places, months, totals, total);
    }

    /** Totals by violation type inside the caller's region (for dashboards and reports). */
    @Transactional(readOnly = true)
    public List<TypeTotal> totalsByType(java.time.LocalDate from, java.time.LocalDate to) {
        CurrentUser caller = requireReader();
        return totals(statistics.byPlace(caller.scope().likePattern(), from, to, null));
    }

    private List<HotSpots.Place> places(List<PlaceSum> sums) {
        Map<Long, List<Long>> operationRoads = statistics.roadsOf(sums.stream().map(PlaceSum::operationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<List<Long>, Map<String, Long>> byPlace = new LinkedHashMap<>();
        for (PlaceSum sum : sums) {
            List<Long> key = sum.roadId() != null ? List.of(sum.roadId())
                    : operationRoads.getOrDefault(sum.operationId(), List.of());
            byPlace.computeIfAbsent(key, k -> new TreeMap<>()).merge(sum.typeCode(), sum.count(), Long::sum);
        }
        Set<Long> roadIds = new HashSet<>();
        byPlace.keySet().forEach(roadIds::addAll);
        Map<Long, Road> roadsById = roadIds.isEmpty() ? Map.of() : roads.findByIdIn(roadIds).stream()
                .collect(Collectors.toMap(Road::getId, Function.identity()));
        List<HotSpots.Place> out = new ArrayList<>();
        byPlace.forEach((key, byType) -> {
            List<Road> placeRoads = key.stream().map(roadsById::get).filter(Objects::nonNull).toList();
            long total = byType.values().stream().mapToLong(Long::longValue).sum();
            List<String> geometries = placeRoads.stream().map(Road::getGeometryGeojson).filter(Objects::nonNull).toList();
            Double lat = placeRoads.stream().map(Road::getCenterLat).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
            Double lng = placeRoads.stream().map(Road::getCenterLng).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
            out.add(new HotSpots.Place(key, placeRoads.stream().map(Road::getName).collect(Collectors.joining("、")),
                    key.size() > 1, total, byType, geometries, lat, lng));
        });
        out.sort(Comparator.comparingLong(HotSpots.Place::total).reversed().thenComparing(HotSpots.Place::name));
        return out;
    }

    private static List<HotSpots.Month> months(List<MonthSum> sums) {
        if (sums.isEmpty()) {
            return List.of();
        }
        TreeMap<YearMonth, Map<String, Long>> byMonth = new TreeMap<>();
        for (MonthSum sum : sums) {
            byMonth.computeIfAbsent(YearMonth.of(sum.year(), sum.month()), k -> new TreeMap<>())
                    .merge(sum.typeCode(), sum.count(), Long::sum);
        }
        YearMonth last = byMonth.lastKey();
        YearMonth first = byMonth.firstKey().isBefore(last.minusMonths(MAX_MONTHS - 1)) ? last.minusMonths(MAX_MONTHS - 1)
                : byMonth.firstKey();
        List<HotSpots.Month> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Map<String, Long> byType = byMonth.getOrDefault(m, Map.of());
            out.add(new HotSpots.Month(m, byType, byType.values().stream().mapToLong(Long::longValue).sum()));
        }
        return out;
    }

    private List<TypeTotal> totals(List<PlaceSum> sums) {
        Map<String, Long> byCode = new LinkedHashMap<>();
        sums.forEach(s -> byCode.merge(s.typeCode(), s.count(), Long::sum));
        List<TypeTotal> out = new ArrayList<>();
        for (ViolationType type : types.findAllByOrderBySortOrderAscIdAsc()) {
            Long count = byCode.get(type.getCode());
            if (count != null) {
                out.add(new TypeTotal(type.getCode(), type.getNameZh(), type.getNameEn(), count));
            }
        }
        return out;
    }

    private static CurrentUser requireReader() {
        CurrentUser caller = CurrentUsers.require();
        if (!EnforcementPolicy.mayRead(caller)) {
            throw new ForbiddenException("Only enforcement officers, officials and community workers read hot spots");
        }
        return caller;
    }
}
