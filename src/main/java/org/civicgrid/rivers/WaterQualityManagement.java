package org.civicgrid.rivers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.rivers.RiverViews.SectionView;
import org.civicgrid.rivers.internal.RiverProblem;
import org.civicgrid.rivers.internal.RiverProblemRepository;
import org.civicgrid.rivers.internal.RiverSample;
import org.civicgrid.rivers.internal.RiverSampleRepository;
import org.civicgrid.rivers.internal.RiverSection;
import org.civicgrid.rivers.internal.RiverSectionRepository;
import org.civicgrid.rivers.internal.RiverSegment;
import org.civicgrid.rivers.internal.RiverWaterBody;
import org.civicgrid.rivers.internal.RiverWaterBodyRepository;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 水质监测 — monitoring sections and their samples. Each sample is classified (GB 3838-2002) and graded
 * (black-odorous guideline); a section whose class drops raises a case through {@link WaterQualityDropped}.
 */
@Service
public class WaterQualityManagement {

    /** One sample as the trend chart and the API show it. */
    public record SampleView(long id, Instant sampledAt, Map<String, Double> values, WaterClass waterClass,
            List<String> limiting, BlackOdorousGrade grade) {}

    public record SectionDetail(SectionView section, List<SampleView> samples) {}

    private final RiverSectionRepository sections;
    private final RiverSampleRepository samples;
    private final RiverWaterBodyRepository bodies;
    private final RiverProblemRepository problems;
    private final RiverManagement registry;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaterQualityManagement(RiverSectionRepository sections, RiverSampleRepository samples,
            RiverWaterBodyRepository bodies, RiverProblemRepository problems, RiverManagement registry,
            ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.samples = samples;
        this.bodies = bodies;
        this.problems = problems;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long addSection(long segmentId, String code, String name, WaterClass target, double lat, double lng) {
        CurrentUser caller = CurrentUsers.require();
        if (!caller.isOfficial()) {
            throw new ForbiddenException("Only the river-chief office adds monitoring sections");
        }
        RiverSegment segment = registry.visibleSegment(segmentId, caller);
        String c = RiverManagement.trim(code);
        String n = RiverManagement.trim(name);
        if (c == null || n == null) {
            throw new InvalidInputException(c == null ? "code" : "name", "required");
        }
        try {
            return sections.saveAndFlush(new RiverSection(segment, c, n, target, lat, lng)).getId();
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("section-code-taken", "Code taken",
                    "Another section has the code " + c).with("code", c);
        }
    }

    /** 录入水样 — classifies and grades the sample; a worse class than the section's latest raises a case. */
    @Transactional
    public SampleView record(long sectionId, Instant sampledAt, Map<String, Double> values) {
        CurrentUser caller = CurrentUsers.require();
        if (!caller.isOfficial()) {
            throw new ForbiddenException("Only the river-chief office records samples");
        }
        RiverSection section = visibleSection(sectionId, caller);
        RiverWaterBody body = bodies.findById(section.getWaterBodyId()).orElseThrow();
        if (sampledAt == null || sampledAt.isAfter(clock.instant())) {
            throw new InvalidInputException("sampled_at", "a time in the past");
        }
        Map<String, Double> all = values == null ? Map.of() : values;
        Map<String, Double> classKeys = new LinkedHashMap<>();
        Map<String, Double> odourKeys = new LinkedHashMap<>();
        List<InvalidInputException.FieldError> unknown = new ArrayList<>();
        all.forEach((k, v) -> {
            if (WaterQualityStandards.CLASS_KEYS.contains(k)) {
                classKeys.put(k, v);
            }
            if (WaterQualityStandards.BLACK_ODOROUS_KEYS.contains(k)) {
                odourKeys.put(k, v);
            }
            if (!WaterQualityStandards.CLASS_KEYS.contains(k) && !WaterQualityStandards.BLACK_ODOROUS_KEYS.contains(k)) {
                unknown.add(new InvalidInputException.FieldError("values." + k, "unknown measurement"));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        WaterClassification c = WaterQualityStandards.get().classify(body.getBodyType(), classKeys);
        BlackOdorousGrade grade = null;
        if (odourKeys.containsKey("transparency_cm") || odourKeys.containsKey("orp_mv")) {
            grade = WaterQualityStandards.get().gradeBlackOdorous(odourKeys).grade();
        }
        if (samples.existsBySectionIdAndSampledAt(sectionId, sampledAt)) {
            throw (ConflictException) new ConflictException("sample-exists", "Sample exists",
                    "This section already has a sample at that time").with("sampledAt", sampledAt);
        }
        RiverSample sample = samples.save(new RiverSample(sectionId, sampledAt, all, c.waterClass(),
                String.join(",", c.limitingParameters()), grade, caller.username()));
        WaterClass before = section.sampled(c.waterClass(), grade, sampledAt);
        if (before != null) {
            raiseDrop(section, body, before, c, caller.username(), sampledAt);
        }
        return view(sample);
    }

    @Transactional(readOnly = true)
    public SectionDetail section(long id) {
        CurrentUser caller = CurrentUsers.require();
        RiverSection s = visibleSection(id, caller);
        RiverWaterBody body = bodies.findById(s.getWaterBodyId()).orElseThrow();
        List<SampleView> list = new ArrayList<>(samples.findTop60BySectionIdOrderBySampledAtDesc(id).stream()
                .map(WaterQualityManagement::view).toList());
        Collections.reverse(list);
        return new SectionDetail(RiverManagement.sectionView(s, body), list);
    }

    @Transactional(readOnly = true)
    public List<SectionView> sections() {
        CurrentUser caller = CurrentUsers.require();
        return sections.findByRegionPathLikeOrderByCode(caller.scope().likePattern()).stream()
                .map(s -> RiverManagement.sectionView(s, bodies.findById(s.getWaterBodyId()).orElseThrow())).toList();
    }

    /** Sections in scope as GeoJSON points coloured by their latest class. */
    @Transactional(readOnly = true)
    public String sectionMap() {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (SectionView s : sections()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            String cls = s.latestClass() == null ? "" : s.latestClass().name();
            out.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[").append(s.lng())
                    .append(',').append(s.lat()).append("]},\"properties\":{\"name\":")
                    .append(RiverManagement.json(s.waterBodyName() + " · " + s.name()))
                    .append(",\"detail\":").append(RiverManagement.json(cls))
                    .append(",\"label\":").append(RiverManagement.json(cls))
                    .append(",\"href\":").append(RiverManagement.json("/rivers/sections/" + s.id()))
                    .append(",\"color\":").append(RiverManagement.json(s.latestClass() == null ? "#9e9e9e"
                            : s.latestClass().color())).append("}}");
        }
        return out.append("]}").toString();
    }

    private void raiseDrop(RiverSection section, RiverWaterBody body, WaterClass before, WaterClassification c,
            String by, Instant at) {
        RiverSegment segment = registry.visibleSegment(section.getSegmentId(), CurrentUsers.require());
        String description = body.getName() + " " + section.getName() + " 断面水质由 " + before.name() + " 类降为 "
                + c.waterClass().name() + (c.limitingParameters().isEmpty() ? "" : " (" + String.join(", ",
                c.limitingParameters()) + ")");
        RiverProblem problem = problems.save(new RiverProblem(null, segment,
                ProblemCategory.WATER_QUALITY_DROP.caseCategoryCode(), description, null, section.getLat(),
                section.getLng(), section.getName(), at, by));
        events.publishEvent(new WaterQualityDropped(problem.getId(), section.getId(), before, c.waterClass(),
                PatrolProblemFound.refOf(problem.getId()), problem.getCategoryCode(), description, section.getLat(),
                section.getLng(), section.getName(), section.getRegionId(), by));
    }

    private RiverSection visibleSection(long id, CurrentUser caller) {
        return sections.findById(id).filter(s -> caller.canSee(s.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Monitoring section", id));
    }

    private static SampleView view(RiverSample s) {
        return new SampleView(s.getId(), s.getSampledAt(), s.values(), s.getWaterClass(),
                s.getLimiting() == null || s.getLimiting().isEmpty() ? List.of() : List.of(s.getLimiting().split(",")),
                s.getOdourGrade());
    }
}
