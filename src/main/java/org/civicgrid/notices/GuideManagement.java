package org.civicgrid.notices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Scope;
import org.civicgrid.notices.internal.Guide;
import org.civicgrid.notices.internal.GuideRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 办事指南 — service guides, written by staff for their region and read by everyone. */
@Service
public class GuideManagement {

    /** A guide as written; {@code materials} one item per line. */
    public record WriteGuide(String title, String serviceType, String summary, String materials, String location,
            String hours, String phone, String steps, Long regionId) {}

    private final GuideRepository guides;
    private final Regions regions;
    private final Clock clock;

    GuideManagement(GuideRepository guides, Regions regions, Clock clock) {
        this.guides = guides;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional
    public GuideView create(WriteGuide w) {
        CurrentUser me = staff();
        RegionRef region = w.regionId() == null ? regions.get(new RegionId(me.regionId()))
                : regions.find(new RegionId(w.regionId())).filter(r -> me.canSee(r.path()))
                        .orElseThrow(() -> new InvalidInputException("region_id", "no such region in your scope"));
        return register(w, region);
    }

    /** Writes a guide without a caller check: for start-up data. */
    @Transactional
    public GuideView register(WriteGuide w, RegionRef region) {
        Guide guide = new Guide(region.id(), region.path());
        apply(guide, w);
        return view(guides.saveAndFlush(guide));
    }

    @Transactional
    public GuideView update(long id, WriteGuide w) {
        CurrentUser me = staff();
        Guide guide = guides.findById(id).filter(g -> me.canSee(g.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Guide", id));
        apply(guide, w);
        return view(guides.saveAndFlush(guide));
    }

    /**
     * A guide to edit: staff only (403), and only a guide of the caller's region (404 otherwise, as for one that
     * does not exist).
     */
    @Transactional(readOnly = true)
    public GuideView toEdit(long id) {
        CurrentUser me = staff();
        return guides.findById(id).filter(g -> me.canSee(g.getRegionPath())).map(this::view)
                .orElseThrow(() -> new NotFoundException("Guide", id));
    }

    /** Staff: the guides of their region. */
    @Transactional(readOnly = true)
    public List<GuideView> mine() {
        CurrentUser me = staff();
        return guides.findByRegionPathStartingWithOrderByTitleAsc(me.regionPath()).stream().map(this::view).toList();
    }

    /** The public: guides that apply to a community (its own and those of the regions above it), or all. */
    @Transactional(readOnly = true)
    public List<GuideView> publicGuides(RegionRef community) {
        return (community == null ? guides.findTop200ByOrderByTitleAsc()
                : guides.findByRegionPathInOrderByTitleAsc(new Scope(community.path()).enclosingPaths()))
                .stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public GuideView publicGuide(long id) {
        return guides.findById(id).map(this::view).orElseThrow(() -> new NotFoundException("Guide", id));
    }

    private void apply(Guide guide, WriteGuide w) {
        List<FieldError> errors = new ArrayList<>();
        if (w.title() == null || w.title().isBlank() || w.title().length() > 200) {
            errors.add(new FieldError("title", "1–200 characters"));
        }
        ServiceType type = null;
        if (w.serviceType() != null && !w.serviceType().isBlank()) {
            try {
                type = ServiceType.valueOf(w.serviceType().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("service_type", "unknown service"));
            }
        }
        length(w.summary(), 1000, "summary", errors);
        length(w.materials(), 4000, "materials", errors);
        length(w.location(), 300, "location", errors);
        length(w.hours(), 200, "hours", errors);
        length(w.phone(), 40, "phone", errors);
        length(w.steps(), 4000, "steps", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        guide.write(w.title().strip(), type, blank(w.summary()), blank(w.materials()), blank(w.location()),
                blank(w.hours()), blank(w.phone()), blank(w.steps()), clock.instant());
    }

    private static CurrentUser staff() {
        return StaffOnly.require("Only community workers and officials write guides");
    }

    private GuideView view(Guide g) {
        List<String> materials = g.getMaterials() == null ? List.of()
                : Arrays.stream(g.getMaterials().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String regionName = regions.nameOf(g.getRegionId());
        return new GuideView(g.getId(), g.getRegionId(), g.getRegionPath(), regionName, g.getTitle(), g.getServiceType(),
                g.getSummary(), materials, g.getLocation(), g.getHours(), g.getPhone(), g.getSteps(), g.getUpdatedAt());
    }

    private static void length(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
