package org.civicgrid.region;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.civicgrid.region.internal.GridIndex;
import org.civicgrid.region.internal.Region;
import org.civicgrid.region.internal.RegionRepository;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.geo.GeoJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The region tree and the grid lookup, read from an in-memory snapshot of the region table. The
 * snapshot is rebuilt when the table changes (checked at most every few seconds, so instances behind
 * one database converge without talking to each other).
 */
@Service
public class Regions {

    private static final Logger log = LoggerFactory.getLogger(Regions.class);
    private static final Duration RECHECK = Duration.ofSeconds(30);

    private record Snapshot(Map<Long, RegionRef> byId, Map<Long, List<RegionRef>> children, Map<Long, String> boundaries,
            GridIndex grids, Object revision, Instant checkedAt) {}

    private final RegionRepository repository;
    private volatile Snapshot snapshot;

    Regions(RegionRepository repository) {
        this.repository = repository;
    }

    public Optional<RegionRef> find(RegionId id) {
        return id == null ? Optional.empty() : Optional.ofNullable(current().byId().get(id.value()));
    }

    /** The region's name, or an empty text when there is no such region (a label beside a record). */
    public String nameOf(long id) {
        return find(new RegionId(id)).map(RegionRef::name).orElse("");
    }

    /** @throws NotFoundException when there is no such region */
    public RegionRef get(RegionId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Region", id));
    }

    public RegionRef root() {
        return current().byId().values().stream().filter(r -> r.parentId() == null)
                .min(Comparator.comparingLong(RegionRef::id))
                .orElseThrow(() -> new NotFoundException("Region", "root"));
    }

    public List<RegionRef> children(RegionId id) {
        return current().children().getOrDefault(id.value(), List.of());
    }

    /** The region's ancestors, root first, ending with the region itself. */
    public List<RegionRef> lineage(RegionId id) {
        Snapshot s = current();
        List<RegionRef> out = new ArrayList<>();
        RegionRef r = s.byId().get(id.value());
        while (r != null) {
            out.add(r);
            r = r.parentId() == null ? null : s.byId().get(r.parentId());
        }
        Collections.reverse(out);
        return out;
    }

    /** The ancestor of {@code id} at {@code level}, or the region itself when it is at that level. */
    public Optional<RegionRef> ancestorAt(RegionId id, RegionLevel level) {
        return lineage(id).stream().filter(r -> r.level() == level).findFirst();
    }

    /** Every region at {@code level} (any level when null) inside the region with path {@code pathPrefix}, in tree order. */
    public List<RegionRef> within(String pathPrefix, RegionLevel level) {
        return current().byId().values().stream()
                .filter(r -> (level == null || r.level() == level) && r.path().startsWith(pathPrefix))
                .sorted(Comparator.comparing(RegionRef::path))
                .toList();
    }

    /** Regions whose name contains {@code name} (exact matches first), at most {@code limit}. */
    public List<RegionRef> search(String name, RegionLevel level, int limit) {
        String needle = name == null ? "" : name.trim();
        return current().byId().values().stream()
                .filter(r -> level == null || r.level() == level)
                .filter(r -> needle.isEmpty() || r.name().contains(needle))
                .sorted(Comparator.comparing((RegionRef r) -> !r.name().equals(needle))
                        .thenComparing(RegionRef::path))
                .limit(limit)
                .toList();
    }

    /** The boundary as a GeoJSON geometry, when the region has one. */
    public Optional<String> boundary(RegionId id) {
        return Optional.ofNullable(current().boundaries().get(id.value()));
    }

    /** The grid that contains the point, with the regions above it. */
    public Optional<GridLocation> locate(double lat, double lng) {
        Snapshot s = current();
        long gridId = s.grids().locate(lat, lng);
        if (gridId < 0) {
            return Optional.empty();
        }
        RegionRef grid = s.byId().get(gridId);
        Map<RegionLevel, RegionRef> above = new HashMap<>();
        for (RegionRef r : lineage(grid.regionId())) {
            above.put(r.level(), r);
        }
        RegionRef community = above.get(RegionLevel.COMMUNITY);
        RegionRef street = above.get(RegionLevel.STREET);
        RegionRef district = above.get(RegionLevel.DISTRICT);
        return Optional.of(new GridLocation(grid.id(), grid.name(), grid.path(),
                community == null ? 0 : community.id(), community == null ? null : community.name(),
                street == null ? null : street.name(), district == null ? null : district.name()));
    }

    /** Number of regions, for the start-up log and health. */
    public int size() {
        return current().byId().size();
    }

    /** Forget the snapshot (after this instance changed the region table). */
    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && s.checkedAt().plus(RECHECK).isAfter(Instant.now())) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.checkedAt().plus(RECHECK).isAfter(Instant.now())) {
                return s;
            }
            Object revision = revision();
            if (s != null && Objects.equals(s.revision(), revision)) {
                s = new Snapshot(s.byId(), s.children(), s.boundaries(), s.grids(), revision, Instant.now());
            } else {
                s = build(revision);
            }
            snapshot = s;
            return s;
        }
    }

    private Object revision() {
        List<Object[]> rows = repository.revision();
        return rows.isEmpty() ? List.of() : List.of(String.valueOf(rows.get(0)[0]), String.valueOf(rows.get(0)[1]));
    }

    private Snapshot build(Object revision) {
        long started = System.nanoTime();
        Map<Long, RegionRef> byId = new HashMap<>();
        Map<Long, List<RegionRef>> children = new HashMap<>();
        Map<Long, String> boundaries = new HashMap<>();
        List<GridIndex.Entry> grids = new ArrayList<>();
        List<Region> all = repository.findAll();
        all.sort(Comparator.comparingInt(Region::getSortOrder).thenComparing(Region::getId));
        for (Region region : all) {
            RegionRef ref = region.toRef();
            byId.put(ref.id(), ref);
            if (ref.parentId() != null) {
                children.computeIfAbsent(ref.parentId(), k -> new ArrayList<>()).add(ref);
            }
            if (region.getBoundaryGeojson() != null) {
                boundaries.put(ref.id(), region.getBoundaryGeojson());
                if (ref.level() == RegionLevel.GRID) {
                    try {
                        grids.add(GridIndex.entry(ref.id(), region.getSortOrder(), GeoJson.read(region.getBoundaryGeojson())));
                    } catch (IllegalArgumentException e) {
                        log.warn("Grid {} ({}) has an unreadable boundary: {}", ref.id(), ref.name(), e.getMessage());
                    }
                }
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        Snapshot s = new Snapshot(Map.copyOf(byId), Map.copyOf(children), Map.copyOf(boundaries), new GridIndex(grids),
                revision, Instant.now());
        log.debug("Region snapshot: {} regions, {} grids with boundaries, built in {} ms", byId.size(), grids.size(),
                (System.nanoTime() - started) / 1_000_000);
        return s;
    }
}
