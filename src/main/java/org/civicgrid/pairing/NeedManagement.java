package org.civicgrid.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.pairing.PairingViews.NeedView;
import org.civicgrid.pairing.internal.Need;
import org.civicgrid.pairing.internal.NeedRepository;
import org.civicgrid.pairing.internal.Pairing;
import org.civicgrid.pairing.internal.PairingRepository;
import org.civicgrid.pairing.internal.PairingSupport;
import org.civicgrid.pairing.internal.Unit;
import org.civicgrid.pairing.internal.UnitRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 问题清单 — each community's needs, from residents, grid workers and the units' visits. A paired unit claims
 * a need and resolves it itself, or escalates it to a case ({@link PairingNeedEscalated}); when casework
 * reports the case closed, the need is done.
 */
@Service
public class NeedManagement {

    private static final Logger log = LoggerFactory.getLogger(NeedManagement.class);

    public record ReportNeed(long communityId, String title, String description, NeedCategory category,
            String address, Double lat, Double lng, Long visitId) {}

    private final NeedRepository needs;
    private final PairingRepository pairings;
    private final UnitRepository units;
    private final PairingSupport support;
    private final Regions regions;
    private final Clock clock;

    NeedManagement(NeedRepository needs, PairingRepository pairings, UnitRepository units, PairingSupport support,
            Regions regions, Clock clock) {
        this.needs = needs;
        this.pairings = pairings;
        this.units = units;
        this.support = support;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Puts a need on the community's list. Who reports decides the source: a liaison of a unit paired with
     * the community (visit), a grid worker inside it, a resident living in it, or the community's staff.
     */
    @Transactional
    public NeedView report(ReportNeed command) {
        CurrentUser me = CurrentUsers.require();
        RegionRef community = regions.find(new RegionId(command.communityId()))
                .filter(r -> r.level() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new InvalidInputException("community_id", "choose a community"));
        NeedSource source;
        if (me.has(Role.UNIT_LIAISON) && liaisonPairings(me, community.id()).findAny().isPresent()) {
            source = NeedSource.VISIT;
        } else if (me.has(Role.GRID_WORKER) && me.regionPath().startsWith(community.path())) {
            source = NeedSource.GRID_WORKER;
        } else if (me.isStaff() && me.canSee(community.path())) {
            source = NeedSource.RESIDENT;
        } else if (me.has(Role.RESIDENT) && me.regionPath().startsWith(community.path())) {
            source = NeedSource.RESIDENT;
        } else {
            throw new NotFoundException("Community", command.communityId());
        }
        return reportUnchecked(command, source, me.username());
    }

    @Transactional
    public NeedView reportUnchecked(ReportNeed c, NeedSource source, String by) {
        RegionRef community = regions.find(new RegionId(c.communityId()))
                .filter(r -> r.level() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new InvalidInputException("community_id", "choose a community"));
        List<FieldError> errors = new ArrayList<>();
        if (c.title() == null || c.title().isBlank() || c.title().length() > 200) {
            errors.add(new FieldError("title", "1–200 characters"));
        }
        if (c.description() != null && c.description().length() > 4000) {
            errors.add(new FieldError("description", "at most 4000 characters"));
        }
        if ((c.lat() == null) != (c.lng() == null)) {
            errors.add(new FieldError("lat", "give both latitude and longitude, or neither"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Need n = needs.save(new Need(community.id(), community.path(), c.title().trim(), trim(c.description()),
                c.category() == null ? NeedCategory.OTHER : c.category(), source, trim(c.address()), c.lat(), c.lng(),
                c.visitId(), by, clock.instant()));
        return view(n, community.name(), null);
    }

    /** The communities whose list the caller may add to (the page's choice). */
    @Transactional(readOnly = true)
    public List<RegionRef> reportableCommunities() {
        CurrentUser me = CurrentUsers.require();
        if (me.isStaff()) {
            return regions.within(me.regionPath(), RegionLevel.COMMUNITY);
        }
        if (me.has(Role.UNIT_LIAISON)) {
            int year = LocalDate.now(clock).getYear();
            return support.unitsOf(me).stream().flatMap(u -> pairings.findByUnitIdOrderByYearDesc(u.getId()).stream())
                    .filter(p -> p.getYear() >= year - 1).map(Pairing::getCommunityId).distinct()
                    .map(id -> regions.get(new RegionId(id))).toList();
        }
        return regions.ancestorAt(new RegionId(me.regionId()), RegionLevel.COMMUNITY).map(List::of).orElse(List.of());
    }

    /** The needs the caller may see: staff in their region, a liaison for their units' communities. */
    @Transactional(readOnly = true)
    public Page<NeedView> list(Long communityId, NeedStatus status, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        Page<Need> page;
        if (me.isStaff()) {
            page = needs.search(me.scope().likePattern(), status, communityId, pageable);
        } else if (me.has(Role.UNIT_LIAISON)) {
            List<Long> communities = support.unitsOf(me).stream()
                    .flatMap(u -> pairings.findByUnitIdOrderByYearDesc(u.getId()).stream())
                    .map(Pairing::getCommunityId).filter(c -> communityId == null || c.equals(communityId))
                    .distinct().toList();
            page = needs.ofCommunities(communities.isEmpty() ? List.of(-1L) : communities, status, pageable);
        } else if (me.has(Role.GRID_WORKER)) {
            RegionRef community = regions.ancestorAt(new RegionId(me.regionId()), RegionLevel.COMMUNITY)
                    .orElseThrow(() -> new ForbiddenException("Not inside a community"));
            page = needs.search(community.path() + "%", status, communityId, pageable);
        } else {
            throw new ForbiddenException("Only staff, grid workers and liaisons see the needs list");
        }
        return page.map(this::view);
    }

    @Transactional(readOnly = true)
    public NeedView get(long id) {
        return view(visible(CurrentUsers.require(), id));
    }

    /** 认领 — a liaison takes the need on for their unit's pairing with the community (the latest year's by default). */
    @Transactional
    public NeedView claim(long needId, Long pairingId) {
        CurrentUser me = CurrentUsers.require();
        Need n = visible(me, needId);
        if (!me.has(Role.UNIT_LIAISON)) {
            throw new ForbiddenException("Only a paired unit's liaison claims a need");
        }
        Pairing p = liaisonPairings(me, n.getCommunityId())
                .filter(x -> pairingId == null || x.getId().equals(pairingId))
                .max(Comparator.comparingInt(Pairing::getYear))
                .orElseThrow(() -> new ForbiddenException("Your unit is not paired with this community"));
        n.claim(p.getId(), p.getUnitId(), clock.instant());
        return view(needs.saveAndFlush(n));
    }

    @Transactional
    public NeedView claimUnchecked(long needId, long pairingId) {
        Need n = needs.findById(needId).orElseThrow(() -> new NotFoundException("Need", needId));
        Pairing p = pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("Pairing", pairingId));
        n.claim(p.getId(), p.getUnitId(), clock.instant());
        return view(needs.saveAndFlush(n));
    }

    /** 解决 — the claiming unit's liaison or the community's staff record how it was resolved. */
    @Transactional
    public NeedView resolve(long needId, String resolution) {
        CurrentUser me = CurrentUsers.require();
        Need n = actionable(me, needId);
        if (resolution == null || resolution.isBlank() || resolution.length() > 2000) {
            throw new InvalidInputException("resolution", "how it was resolved, 1–2000 characters");
        }
        n.resolve(resolution.trim(), clock.instant());
        return view(needs.saveAndFlush(n));
    }

    @Transactional
    public NeedView resolveUnchecked(long needId, String resolution, java.time.Instant at) {
        Need n = needs.findById(needId).orElseThrow(() -> new NotFoundException("Need", needId));
        n.resolve(resolution, at);
        return view(needs.saveAndFlush(n));
    }

    /** 转为案件 — publishes {@link PairingNeedEscalated}; casework opens the case. */
    @Transactional
    public NeedView escalate(long needId, String note) {
        CurrentUser me = CurrentUsers.require();
        Need n = actionable(me, needId);
        n.escalate(note, me.username(), clock.instant());
        return view(needs.save(n));
    }

    /** Casework reports every step of the cases our needs became; a closed case resolves its need. */
    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        if (event.sourceRef() == null || !event.sourceRef().startsWith(PairingNeedEscalated.REF_PREFIX)) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.sourceRef().substring(PairingNeedEscalated.REF_PREFIX.length()));
        } catch (NumberFormatException e) {
            log.warn("Ignoring case status for unreadable reference {}", event.sourceRef());
            return;
        }
        needs.findById(id).ifPresentOrElse(
                n -> n.caseProgressed(event.caseId(), event.status(), event.closed(),
                        event.at() == null ? clock.instant() : event.at()),
                () -> log.warn("Case {} reports on need {} which does not exist", event.caseId(), id));
    }

    /** The communities whose needs the caller's unit may claim now (paired this year or last); empty for anyone else. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> claimableCommunities() {
        CurrentUser me = CurrentUsers.require();
        if (!me.has(Role.UNIT_LIAISON)) {
            return java.util.Set.of();
        }
        int year = LocalDate.now(clock).getYear();
        return support.unitsOf(me).stream()
                .flatMap(u -> pairings.findByUnitIdOrderByYearDesc(u.getId()).stream())
                .filter(p -> p.getYear() >= year - 1)
                .map(Pairing::getCommunityId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private java.util.stream.Stream<Pairing> liaisonPairings(CurrentUser me, long communityId) {
        int year = LocalDate.now(clock).getYear();
        return support.unitsOf(me).stream()
                .flatMap(u -> pairings.findByUnitIdOrderByYearDesc(u.getId()).stream())
                .filter(p -> p.getCommunityId() == communityId && p.getYear() >= year - 1);
    }

    private Need visible(CurrentUser me, long id) {
        return needs.findById(id).filter(n -> canSee(me, n)).orElseThrow(() -> new NotFoundException("Need", id));
    }

    private boolean canSee(CurrentUser me, Need n) {
        if (me.isStaff() && me.canSee(n.getRegionPath())) {
            return true;
        }
        if (me.has(Role.GRID_WORKER) && me.regionPath().startsWith(n.getRegionPath())) {
            return true;
        }
        return me.has(Role.UNIT_LIAISON) && support.unitsOf(me).stream()
                .flatMap(u -> pairings.findByUnitIdOrderByYearDesc(u.getId()).stream())
                .anyMatch(p -> p.getCommunityId() == n.getCommunityId());
    }

    /** Staff over the community, or a liaison of the unit that claimed the need. */
    private Need actionable(CurrentUser me, long id) {
        Need n = visible(me, id);
        boolean staff = me.isStaff() && me.canSee(n.getRegionPath());
        boolean claimer = n.getClaimedUnitId() != null && support.unitsOf(me).stream()
                .anyMatch(u -> u.getId().equals(n.getClaimedUnitId()));
        if (!staff && !claimer) {
            throw new ForbiddenException("Only the claiming unit's liaisons and the community's staff act on a need");
        }
        return n;
    }

    NeedView view(Need n) {
        String unitName = n.getClaimedUnitId() == null ? null
                : units.findById(n.getClaimedUnitId()).map(Unit::getName).orElse(null);
        return view(n, support.regionName(n.getCommunityId()), unitName);
    }

    static NeedView view(Need n, String communityName, String unitName) {
        return new NeedView(n.getId(), n.getCommunityId(), communityName, n.getTitle(), n.getDescription(),
                n.getCategory(), n.getSource(), n.getStatus(), n.getAddress(), n.getReportedBy(), n.getReportedAt(),
                n.getClaimedPairingId(), n.getClaimedUnitId(), unitName, n.getClaimedAt(), n.getCaseId(),
                n.getCaseStatus(), n.getEscalatedAt(), n.getResolvedAt(), n.getResolution());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
