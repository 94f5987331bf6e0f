package org.civicgrid.pairing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.pairing.PairingViews.Board;
import org.civicgrid.pairing.PairingViews.BoardRow;
import org.civicgrid.pairing.PairingViews.PairingDetail;
import org.civicgrid.pairing.PairingViews.PairingView;
import org.civicgrid.pairing.PairingViews.UnitView;
import org.civicgrid.pairing.PairingViews.VisitView;
import org.civicgrid.pairing.internal.Need;
import org.civicgrid.pairing.internal.NeedRepository;
import org.civicgrid.pairing.internal.Pairing;
import org.civicgrid.pairing.internal.PairingRepository;
import org.civicgrid.pairing.internal.PairingSupport;
import org.civicgrid.pairing.internal.Unit;
import org.civicgrid.pairing.internal.UnitRepository;
import org.civicgrid.pairing.internal.UnitSearchSource;
import org.civicgrid.pairing.internal.UnitVisit;
import org.civicgrid.pairing.internal.UnitVisitRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.files.UploadStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** 联点共建 — units, their liaisons, yearly pairings with communities, report-ins and visits, and the board. */
@Service
public class PairingManagement {

    public record CreateUnit(String name, UnitType type, String leaderName, String leaderTitle, String phone) {}

    public record PairUnit(long unitId, long communityId, int year) {}

    /** 报到/走访记录. */
    public record LogVisit(VisitKind kind, LocalDate visitDate, boolean leaderPresent, String leaderName,
            Integer participants, String participantNames, String discussed) {}

    private final UnitRepository units;
    private final PairingRepository pairings;
    private final UnitVisitRepository visits;
    private final NeedRepository needs;
    private final PairingSupport support;
    private final PlanManagement plans;
    private final AccountManagement accounts;
    private final UploadStore uploads;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairingManagement(UnitRepository units, PairingRepository pairings, UnitVisitRepository visits, NeedRepository needs,
            PairingSupport support, PlanManagement plans, AccountManagement accounts, UploadStore uploads,
            Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.pairings = pairings;
        this.visits = visits;
        this.needs = needs;
        this.support = support;
        this.plans = plans;
        this.accounts = accounts;
        this.uploads = uploads;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** City officials (and the platform administrator) register units. */
    @Transactional
    public UnitView createUnit(CreateUnit command) {
        CurrentUser me = CurrentUsers.require();
        if (!me.hasAny(Set.of(Role.PLATFORM_ADMIN, Role.CITY_OFFICIAL))) {
            throw new ForbiddenException("Only city officials register paired units");
        }
        return createUnitUnchecked(command);
    }

    /** For start-up data: no caller check. Units belong to the city. */
    @Transactional
    public UnitView createUnitUnchecked(CreateUnit c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.name() == null || c.name().isBlank() || c.name().length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        if (c.type() == null) {
            errors.add(new FieldError("type", "choose the kind of unit"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (units.findByName(c.name().trim()).isPresent()) {
            throw (ConflictException) new ConflictException("unit-name-taken", "Unit exists",
                    "A unit with this name is already registered").with("name", c.name());
        }
        RegionRef city = regions.root();
        Unit unit = new Unit(c.name().trim(), c.type(), trim(c.leaderName()), trim(c.leaderTitle()), trim(c.phone()),
                city.id(), city.path(), clock.instant());
        try {
            units.saveAndFlush(unit);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("unit-name-taken", "Unit exists", "A unit with this name is already registered");
        }
        publish(unit);
        return support.view(unit);
    }

    @Transactional
    public UnitView describeUnit(long id, String leaderName, String leaderTitle, String phone) {
        CurrentUser me = CurrentUsers.require();
        Unit unit = units.findById(id).filter(u -> me.hasAny(Set.of(Role.PLATFORM_ADMIN, Role.CITY_OFFICIAL))
                || PairingSupport.isLiaison(me, u)).orElseThrow(() -> new NotFoundException("Unit", id));
        unit.describe(trim(leaderName), trim(leaderTitle), trim(phone), clock.instant());
        publish(unit);
        return support.view(unit);
    }

    /** For start-up data: no caller check. */
    @Transactional
    public UnitView describeUnitUnchecked(long id, String leaderName, String leaderTitle) {
        Unit unit = support.unit(id);
        unit.describe(trim(leaderName), trim(leaderTitle), unit.getPhone(), clock.instant());
        publish(unit);
        return support.view(unit);
    }

    /** Appoints a user holding the UNIT_LIAISON role as a liaison of the unit (city officials). */
    @Transactional
    public UnitView appointLiaison(long unitId, long userId) {
        CurrentUser me = CurrentUsers.require();
        if (!me.hasAny(Set.of(Role.PLATFORM_ADMIN, Role.CITY_OFFICIAL))) {
            throw new ForbiddenException("Only city officials appoint liaisons");
        }
        return appointLiaisonUnchecked(unitId, userId);
    }

    @Transactional
    public UnitView appointLiaisonUnchecked(long unitId, long userId) {
        Unit unit = support.unit(unitId);
        UserSummary user = accounts.findById(new UserId(userId))
                .orElseThrow(() -> new InvalidInputException("user_id", "no such user"));
        if (!user.roles().contains(Role.UNIT_LIAISON)) {
            throw new InvalidInputException("user_id", "the user does not hold the UNIT_LIAISON role");
        }
        unit.appointLiaison(userId);
        return support.view(unit);
    }

    @Transactional(readOnly = true)
    public Page<UnitView> units(String q, UnitType type, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers list units");
        }
        return units.search(me.scope().likePattern(), type, q == null || q.isBlank() ? null : "%" + q.trim() + "%",
                pageable).map(support::view);
    }

    /** A unit: its liaisons, officials over the city, or staff over one of its communities. */
    @Transactional(readOnly = true)
    public UnitView unit(long id) {
        CurrentUser me = CurrentUsers.require();
        Unit unit = support.unit(id);
        boolean visible = PairingSupport.isLiaison(me, unit) || (me.isStaff() && (me.canSee(unit.getRegionPath())
                || pairings.findByUnitIdOrderByYearDesc(id).stream().anyMatch(p -> me.canSee(p.getRegionPath()))));
        if (!visible) {
            throw new NotFoundException("Unit", id);
        }
        return support.view(unit);
    }

    /** The units the signed-in liaison speaks for. */
    @Transactional(readOnly = true)
    public List<UnitView> myUnits() {
        return support.unitsOf(CurrentUsers.require()).stream().map(support::view).toList();
    }

    /** The unit's pairings the caller may see, newest year first. */
    @Transactional(readOnly = true)
    public List<PairingView> pairingsOf(long unitId) {
        CurrentUser me = CurrentUsers.require();
        unit(unitId);
        return support.views(pairings.findByUnitIdOrderByYearDesc(unitId).stream().filter(p -> support.canSee(me, p))
                .toList());
    }

    /** Pairs a unit with a community for a year (officials over the community). */
    @Transactional
    public PairingView pair(PairUnit command) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isOfficial()) {
            throw new ForbiddenException("Only officials pair units with communities");
        }
        RegionRef community = community(command.communityId());
        if (!me.canSee(community.path())) {
            throw new InvalidInputException("community_id", "choose a community inside your region");
        }
        return pairUnchecked(command);
    }

    @Transactional
    public PairingView pairUnchecked(PairUnit command) {
        Unit unit = units.findById(command.unitId())
                .orElseThrow(() -> new InvalidInputException("unit_id", "no such unit"));
        RegionRef community = community(command.communityId());
        if (command.year() < 2000 || command.year() > LocalDate.now(clock).getYear() + 1) {
            throw new InvalidInputException("year", "a year from 2000 to next year");
        }
        if (pairings.findByUnitIdAndCommunityIdAndYear(unit.getId(), community.id(), command.year()).isPresent()) {
            throw (ConflictException) new ConflictException("already-paired", "Already paired",
                    "The unit is already paired with this community for the year").with("unitId", unit.getId());
        }
        Pairing p = new Pairing(unit.getId(), community.id(), command.year(), community.path(), clock.instant());
        try {
            pairings.saveAndFlush(p);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("already-paired", "Already paired",
                    "The unit is already paired with this community for the year");
        }
        return support.view(p, unit);
    }

    @Transactional(readOnly = true)
    public PairingView pairing(long id) {
        return support.view(support.visiblePairing(CurrentUsers.require(), id));
    }

    /** A pairing with its visits, plan, money, thanks and the needs its unit claimed. */
    @Transactional(readOnly = true)
    public PairingDetail detail(long id) {
        CurrentUser me = CurrentUsers.require();
        Pairing p = support.visiblePairing(me, id);
        Unit unit = support.unit(p.getUnitId());
        var investments = plans.investments(p.getId());
        return new PairingDetail(support.view(p, unit), support.view(unit), visitViews(p.getId()),
                plans.planOf(p.getId()).orElse(null), investments, plans.thanks(p.getId()),
                needs.findByClaimedPairingIdOrderByReportedAtDesc(p.getId()).stream().map(this::needView).toList(),
                investments.stream().map(PairingViews.InvestmentView::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                support.canRecord(me, p));
    }

    /** 报到/走访 — a liaison of the unit (or staff over the community) logs a call on the community. */
    @Transactional
    public VisitView logVisit(long pairingId, LogVisit command, List<MultipartFile> photos) {
        CurrentUser me = CurrentUsers.require();
        Pairing p = support.visiblePairing(me, pairingId);
        if (!support.canRecord(me, p)) {
            throw new ForbiddenException("Only the unit's liaisons and the community's staff log visits");
        }
        List<String> stored = new ArrayList<>();
        if (photos != null) {
            for (MultipartFile photo : photos) {
                if (photo != null && !photo.isEmpty()) {
                    stored.add(uploads.store(photo, "photos").name());
                }
            }
        }
        return logVisitUnchecked(p.getId(), command, stored, me.username());
    }

    @Transactional
    public VisitView logVisitUnchecked(long pairingId, LogVisit c, List<String> photoNames, String by) {
        Pairing p = pairings.findById(pairingId).orElseThrow(() -> new NotFoundException("Pairing", pairingId));
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.visitDate() == null || c.visitDate().isAfter(today)) {
            errors.add(new FieldError("visit_date", "the day of the visit, not in the future"));
        } else if (c.visitDate().getYear() != p.getYear()) {
            errors.add(new FieldError("visit_date", "inside the pairing's year " + p.getYear()));
        }
        if (c.participants() == null || c.participants() < 1 || c.participants() > 500) {
            errors.add(new FieldError("participants", "1–500 people"));
        }
        if (c.discussed() == null || c.discussed().isBlank() || c.discussed().length() > 4000) {
            errors.add(new FieldError("discussed", "what was discussed, 1–4000 characters"));
        }
        if (c.leaderPresent() && (c.leaderName() == null || c.leaderName().isBlank())) {
            errors.add(new FieldError("leader_name", "name the leader who came"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        VisitKind kind = c.kind() != null ? c.kind()
                : visits.findByPairingIdOrderByVisitDateDescIdDesc(pairingId).isEmpty() ? VisitKind.REPORT_IN
                        : VisitKind.VISIT;
        UnitVisit v = visits.save(new UnitVisit(p.getId(), kind, c.visitDate(), c.leaderPresent(), trim(c.leaderName()),
                c.participants(), trim(c.participantNames()), c.discussed().trim(), photoNames, by, clock.instant(),
                p.getRegionId(), p.getRegionPath()));
        return view(v);
    }

    @Transactional(readOnly = true)
    public List<VisitView> visits(long pairingId) {
        support.visiblePairing(CurrentUsers.require(), pairingId);
        return visitViews(pairingId);
    }

    /** The years that have pairings, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return pairings.years();
    }

    /**
     * 联点进度 as of a date: which units have reported to their community so far, which have not, and how
     * often each has visited (only visits on or before {@code asOf} count). Staff see their region; a
     * liaison sees their own units.
     */
    @Transactional(readOnly = true)
    public Board board(int year, LocalDate asOf) {
        CurrentUser me = CurrentUsers.require();
        List<Pairing> list;
        if (me.isStaff()) {
            list = pairings.inScope(year, me.scope().likePattern());
        } else if (me.has(Role.UNIT_LIAISON)) {
            Set<Long> mine = new HashSet<>();
            support.unitsOf(me).forEach(u -> mine.add(u.getId()));
            list = pairings.inScope(year, "/%").stream().filter(p -> mine.contains(p.getUnitId())).toList();
        } else {
            throw new ForbiddenException("Only officials, community workers and liaisons see the board");
        }
        Map<Long, Object[]> progress = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : visits.progress(list.stream().map(Pairing::getId).toList(), asOf)) {
                progress.put(((Number) row[0]).longValue(), row);
            }
        }
        List<BoardRow> rows = new ArrayList<>();
        Set<Long> allUnits = new HashSet<>();
        Set<Long> reportedUnits = new HashSet<>();
        List<PairingView> views = support.views(list);
        for (int i = 0; i < list.size(); i++) {
            Pairing p = list.get(i);
            Object[] row = progress.get(p.getId());
            long count = row == null ? 0 : ((Number) row[1]).longValue();
            LocalDate first = row == null ? null : (LocalDate) row[2];
            allUnits.add(p.getUnitId());
            if (count > 0) {
                reportedUnits.add(p.getUnitId());
            }
            rows.add(new BoardRow(views.get(i), count > 0, first, count));
        }
        rows.sort(Comparator.comparing(BoardRow::reported).thenComparing(BoardRow::visits, Comparator.reverseOrder())
                .thenComparing(r -> r.pairing().unitName()));
        return new Board(year, asOf, allUnits.size(), reportedUnits.size(), rows);
    }

    private List<VisitView> visitViews(long pairingId) {
        return visits.findByPairingIdOrderByVisitDateDescIdDesc(pairingId).stream().map(PairingManagement::view).toList();
    }

    private RegionRef community(long id) {
        return regions.find(new RegionId(id)).filter(r -> r.level() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new InvalidInputException("community_id", "choose a community"));
    }

    private void publish(Unit u) {
        events.publishEvent(UnitSearchSource.entry(u));
    }

    static VisitView view(UnitVisit v) {
        return new VisitView(v.getId(), v.getPairingId(), v.getKind(), v.getVisitDate(), v.isLeaderPresent(),
                v.getLeaderName(), v.getParticipants(), v.getParticipantNames(), v.getDiscussed(), v.photoList(),
                v.getRecordedBy(), v.getRecordedAt());
    }

    PairingViews.NeedView needView(Need n) {
        String unitName = n.getClaimedUnitId() == null ? null
                : units.findById(n.getClaimedUnitId()).map(Unit::getName).orElse(null);
        return NeedManagement.view(n, support.regionName(n.getCommunityId()), unitName);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
