package org.civicgrid.enforcement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.enforcement.internal.EnforcementPolicy;
import org.civicgrid.enforcement.internal.Road;
import org.civicgrid.enforcement.internal.RoadRepository;
import org.civicgrid.enforcement.internal.ViolationType;
import org.civicgrid.enforcement.internal.ViolationTypeRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.geo.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reference data of joint enforcement: the violation list (officials keep it) and the roads. */
@Service
public class EnforcementCatalogue {

    /**
     * A violation type's editable fields.
     *
     * @param version the version the editor saw (for updates), or null
     */
    public record ViolationTypeCommand(String code, String nameZh, String nameEn, EnforcementAction defaultAction,
            String caseCategoryCode, Integer sortOrder, Boolean active, Long version) {}

    /**
     * 新增路段 — a road with either a point (lat, lng) or a GeoJSON line.
     *
     * @param regionId null means the caller's own region
     * @param geometry a GeoJSON Point, LineString or MultiLineString (WGS 84), optional when lat and lng are given
     */
    public record AddRoad(String name, Long regionId, Double lat, Double lng, String geometry) {}

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Set<String> ROAD_SHAPES = Set.of("Point", "LineString", "MultiLineString");

    private final ViolationTypeRepository types;
    private final RoadRepository roads;
    private final Regions regions;
    private final Clock clock;

    EnforcementCatalogue(ViolationTypeRepository types, RoadRepository roads, Regions regions, Clock clock) {
        this.types = types;
        this.roads = roads;
        this.regions = regions;
        this.clock = clock;
    }

    /** The violation list in display order; retired types only when asked for. */
    @Transactional(readOnly = true)
    public List<ViolationTypeView> violationTypes(boolean includeRetired) {
        CurrentUsers.require();
        return types.findAllByOrderBySortOrderAscIdAsc().stream().filter(t -> includeRetired || t.isActive())
                .map(ViolationType::toView).toList();
    }

    @Transactional(readOnly = true)
    public ViolationTypeView violationType(String code) {
        CurrentUsers.require();
        return types.findByCode(code).map(ViolationType::toView)
                .orElseThrow(() -> new NotFoundException("Violation type", code));
    }

    @Transactional
    public ViolationTypeView addViolationType(ViolationTypeCommand command) {
        requireEditor();
        String code = command.code() == null ? "" : command.code().trim().toUpperCase(java.util.Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "2–40 capital letters, digits or '_', starting with a letter"));
        }
        checkType(command, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (types.findByCode(code).isPresent()) {
            throw codeTaken(code);
        }
        ViolationType type = new ViolationType(code, command.nameZh().trim(), command.nameEn().trim(),
                command.defaultAction(), blankToNull(command.caseCategoryCode()), command.sortOrder());
        try {
            return types.saveAndFlush(type).toView();
        } catch (DataIntegrityViolationException e) {
            throw codeTaken(code);
        }
    }

    /** Renames, re-orders, retires or revives a type; lines already recorded keep pointing at it. */
    @Transactional
    public ViolationTypeView updateViolationType(String code, ViolationTypeCommand command) {
        requireEditor();
        ViolationType type = types.findByCode(code).orElseThrow(() -> new NotFoundException("Violation type", code));
        List<FieldError> errors = new ArrayList<>();
        checkType(command, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (command.version() != null && command.version() != type.getVersion()) {
            throw new OptimisticLockingFailureException("Violation type " + code + " was changed by someone else");
        }
        type.describe(command.nameZh().trim(), command.nameEn().trim(), command.defaultAction(),
                blankToNull(command.caseCategoryCode()), command.sortOrder(),
                command.active() == null || command.active());
        return types.saveAndFlush(type).toView();
    }

    /** Roads inside the caller's region, by name (the list a form offers, at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<RoadView> roads(int limit) {
        return roads(null, PageRequest.of(0, limit)).getContent();
    }

    @Transactional(readOnly = true)
    public Page<RoadView> roads(String name, Pageable pageable) {
        CurrentUser caller = CurrentUsers.require();
        if (!EnforcementPolicy.mayRead(caller)) {
            throw new ForbiddenException("Only enforcement officers, officials and community workers list roads");
        }
        String needle = name == null ? "" : name.trim();
        return roads.search(caller.scope().likePattern(), needle, pageable).map(this::view);
    }

    /** Officers and officials add the roads they work on. */
    @Transactional
    public RoadView addRoad(AddRoad command) {
        CurrentUser caller = CurrentUsers.require();
        if (!EnforcementPolicy.mayRecord(caller)) {
            throw new ForbiddenException("Only enforcement officers and officials add roads");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        RegionRef region = command.regionId() == null ? regions.get(new RegionId(caller.regionId()))
                : regions.find(new RegionId(command.regionId())).filter(r -> caller.canSee(r.path())).orElse(null);
        if (region == null) {
            errors.add(new FieldError("region_id", "not a region inside yours"));
        }
        Geometry shape = shape(command, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (roads.existsByRegionIdAndName(region.id(), name)) {
            throw roadTaken(name);
        }
        Point centre = shape.getInteriorPoint();
        Road road = new Road(name, region.id(), region.path(), GeoJson.write(shape), centre.getY(), centre.getX(),
                clock.instant());
        try {
            return view(roads.saveAndFlush(road));
        } catch (DataIntegrityViolationException e) {
            throw roadTaken(name);
        }
    }

    private Geometry shape(AddRoad command, List<FieldError> errors) {
        String geometry = blankToNull(command.geometry());
        if (geometry == null) {
            if (command.lat() == null || command.lng() == null) {
                errors.add(new FieldError("lat", "give a point (lat and lng) or a line (geometry)"));
                return null;
            }
            if (Math.abs(command.lat()) > 90 || Math.abs(command.lng()) > 180) {
                errors.add(new FieldError("lat", "latitude −90…90 and longitude −180…180"));
                return null;
            }
            return GeoJson.point(command.lat(), command.lng());
        }
        try {
            Geometry shape = GeoJson.read(geometry);
            if (!ROAD_SHAPES.contains(shape.getGeometryType()) || shape.isEmpty()) {
                errors.add(new FieldError("geometry", "a GeoJSON Point, LineString or MultiLineString"));
                return null;
            }
            for (var c : shape.getCoordinates()) {
                if (Math.abs(c.y) > 90 || Math.abs(c.x) > 180) {
                    errors.add(new FieldError("geometry", "coordinates are [longitude, latitude] in degrees"));
                    return null;
                }
            }
            return shape;
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("geometry", "not a valid GeoJSON geometry"));
            return null;
        }
    }

    private RoadView view(Road road) {
        return road.toView(regions.nameOf(road.getRegionId()));
    }

    private static void checkType(ViolationTypeCommand command, List<FieldError> errors) {
        if (command.nameZh() == null || command.nameZh().isBlank() || command.nameZh().trim().length() > 100) {
            errors.add(new FieldError("name_zh", "1–100 characters"));
        }
        if (command.nameEn() == null || command.nameEn().isBlank() || command.nameEn().trim().length() > 100) {
            errors.add(new FieldError("name_en", "1–100 characters"));
        }
        if (command.defaultAction() == null) {
            errors.add(new FieldError("default_action", "required"));
        }
        if (command.caseCategoryCode() != null && command.caseCategoryCode().trim().length() > 100) {
            errors.add(new FieldError("case_category_code", "at most 100 characters"));
        }
        if (command.sortOrder() == null || command.sortOrder() < 0 || command.sortOrder() > 100_000) {
            errors.add(new FieldError("sort_order", "0–100000"));
        }
    }

    private static void requireEditor() {
        if (!EnforcementPolicy.mayEditViolationTypes(CurrentUsers.require())) {
            throw new ForbiddenException("Only officials edit the violation list");
        }
    }

    private static ConflictException codeTaken(String code) {
        return (ConflictException) new ConflictException("violation-type-code-taken", "Code taken",
                "A violation type with code " + code + " exists").with("code", code);
    }

    private static ConflictException roadTaken(String name) {
        return (ConflictException) new ConflictException("road-name-taken", "Road exists",
                "A road named " + name + " is already recorded in this region").with("name", name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
