package org.civicgrid.courses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.audit.AuditLog;
import org.civicgrid.courses.internal.CounsellingNote;
import org.civicgrid.courses.internal.CounsellingNoteRepository;
import org.civicgrid.courses.internal.CounsellingSlot;
import org.civicgrid.courses.internal.CounsellingSlotRepository;
import org.civicgrid.courses.internal.Counsellor;
import org.civicgrid.courses.internal.CounsellorRepository;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 心理咨询预约 — the community's counselling room: workers open slots for its counsellors, residents book
 * and cancel, counsellors keep notes that only counsellors read. A slot is booked by one guarded update,
 * so two people can never hold it; a counsellor can never be in two slots that start together.
 */
@Service
public class CounsellingManagement {

    /** 国家二级心理咨询师 — the qualification the seed's two counsellors hold. */
    public static final String LEVEL_TWO = "国家二级心理咨询师";

    /** 开放时段 — consecutive slots for one counsellor on one day. */
    public record AddSlots(Long counsellorId, LocalDate date, LocalTime from, Integer minutes, Integer count, String room) {}

    private final CounsellorRepository counsellors;
    private final CounsellingSlotRepository slots;
    private final CounsellingNoteRepository notes;
    private final AccountManagement accounts;
    private final Regions regions;
    private final AuditLog audit;
    private final Clock clock;

    CounsellingManagement(CounsellorRepository counsellors, CounsellingSlotRepository slots,
            CounsellingNoteRepository notes, AccountManagement accounts, Regions regions, AuditLog audit, Clock clock) {
        this.counsellors = counsellors;
        this.slots = slots;
        this.notes = notes;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A community worker names an account as a counsellor of the community's room. */
    @Transactional
    public CounsellorView appoint(String username, String qualification) {
        CurrentUser me = CurrentUsers.require();
        if (!me.has(Role.COMMUNITY_WORKER)) {
            throw new ForbiddenException("Only community workers appoint counsellors");
        }
        UserSummary user = accounts.findByUsername(username).filter(u -> me.canSee(u.regionPath()))
                .orElseThrow(() -> new InvalidInputException("username", "no such user in your community"));
        RegionRef community = regions.ancestorAt(new RegionId(me.regionId()), RegionLevel.COMMUNITY)
                .orElseGet(() -> regions.get(new RegionId(me.regionId())));
        return register(user, qualification == null || qualification.isBlank() ? LEVEL_TWO : qualification.trim(), community);
    }

    /** Appoints without a caller check: for start-up data. */
    @Transactional
    public CounsellorView register(UserSummary user, String qualification, RegionRef community) {
        if (counsellors.findByUserId(user.id()).isPresent()) {
            throw new ConflictException("already-counsellor", "Already a counsellor", user.username() + " is already a counsellor");
        }
        return view(counsellors.saveAndFlush(new Counsellor(user.id(), user.displayName(), qualification, community.id(),
                community.path())));
    }

    @Transactional(readOnly = true)
    public List<CounsellorView> counsellors() {
        CurrentUser me = CurrentUsers.require();
        return counsellors.reachable(me.scope().likePattern(), me.scope().enclosingPaths()).stream().map(this::view).toList();
    }

    /** Whether the caller is a counsellor (of any room). */
    @Transactional(readOnly = true)
    public boolean isCounsellor() {
        return CurrentUsers.current().flatMap(me -> counsellors.findByUserId(me.id())).filter(Counsellor::isActive).isPresent();
    }

    /** Opens consecutive slots; refuses any that would overlap the counsellor's existing ones. */
    @Transactional
    public List<SlotView> addSlots(AddSlots a) {
        CurrentUser me = CurrentUsers.require();
        List<FieldError> errors = new ArrayList<>();
        if (a.counsellorId() == null) {
            errors.add(new FieldError("counsellor_id", "required"));
        }
        if (a.date() == null) {
            errors.add(new FieldError("date", "required"));
        }
        if (a.from() == null) {
            errors.add(new FieldError("from", "required"));
        }
        if (a.minutes() == null || a.minutes() < 15 || a.minutes() > 240) {
            errors.add(new FieldError("minutes", "between 15 and 240 minutes"));
        }
        if (a.count() == null || a.count() < 1 || a.count() > 12) {
            errors.add(new FieldError("count", "between 1 and 12 slots"));
        }
        if (a.room() != null && a.room().length() > 100) {
            errors.add(new FieldError("room", "at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Counsellor counsellor = counsellors.findById(a.counsellorId())
                .filter(c -> me.canSee(c.getRegionPath()) || me.livesWithin(c.getRegionPath()))
                .orElseThrow(() -> new InvalidInputException("counsellor_id", "no such counsellor"));
        boolean self = counsellor.getUserId() == me.id();
        if (!self && !(me.isStaff() && me.canSee(counsellor.getRegionPath()))) {
            throw new ForbiddenException("Only the community's workers and the counsellor open slots");
        }
        Instant start = a.date().atTime(a.from()).atZone(TimeConfiguration.ZONE).toInstant();
        if (!start.isAfter(clock.instant())) {
            throw new InvalidInputException("date", "slots are opened for the future");
        }
        Duration length = Duration.ofMinutes(a.minutes());
        Instant end = start.plus(length.multipliedBy(a.count()));
        if (!slots.overlapping(counsellor.getId(), start, end).isEmpty()) {
            throw (ConflictException) new ConflictException("counsellor-double-booked", "Counsellor already busy",
                    counsellor.getDisplayName() + " already has a slot in this time").with("counsellor_id", counsellor.getId());
        }
        List<CounsellingSlot> created = new ArrayList<>();
        for (int i = 0; i < a.count(); i++) {
            Instant s = start.plus(length.multipliedBy(i));
            created.add(new CounsellingSlot(counsellor.getId(), counsellor.getRegionId(), counsellor.getRegionPath(), s,
                    s.plus(length), a.room() == null || a.room().isBlank() ? "心理咨询室" : a.room().trim()));
        }
        try {
            slots.saveAllAndFlush(created);
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("counsellor-double-booked", "Counsellor already busy",
                    counsellor.getDisplayName() + " already has a slot starting at this time")
                    .with("counsellor_id", counsellor.getId());
        }
        Map<Long, Counsellor> byId = Map.of(counsellor.getId(), counsellor);
        return created.stream().map(s -> view(s, me, byId, false)).toList();
    }

    /** Slots between two days (inclusive; by default today and the next two weeks) the caller can reach, earliest first. */
    @Transactional(readOnly = true)
    public List<SlotView> slots(LocalDate from, LocalDate to) {
        CurrentUser me = CurrentUsers.require();
        from = from == null ? LocalDate.now(clock.withZone(TimeConfiguration.ZONE)) : from;
        to = to == null ? from.plusDays(14) : to;
        Instant start = from.atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Map<Long, Counsellor> byId = counsellorsById();
        boolean counsellor = isCounsellor();
        return slots.between(me.scope().likePattern(), me.scope().enclosingPaths(), start, end).stream()
                .map(s -> view(s, me, byId, counsellor && counsellorOfRoom(me, s))).toList();
    }

    /** 预约 — a resident books a free slot in the future. */
    @Transactional
    public SlotView book(long slotId, String topic) {
        CurrentUser me = CurrentUsers.require();
        if (!me.has(Role.RESIDENT)) {
            throw new ForbiddenException("Only residents book counselling");
        }
        CounsellingSlot slot = reachable(slotId, me);
        if (!slot.getStartsAt().isAfter(clock.instant())) {
            throw new ConflictException("slot-past", "Slot has passed", "The slot has already begun");
        }
        if (topic != null && topic.length() > 500) {
            throw new InvalidInputException("topic", "at most 500 characters");
        }
        int booked;
        try {
            booked = slots.book(slotId, me.id(), clock.instant(), topic == null || topic.isBlank() ? null : topic.trim());
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("double-booking", "Already booked at this time",
                    "You already have a counselling appointment at this time").with("slot_id", slotId);
        }
        if (booked == 0) {
            throw (ConflictException) new ConflictException("slot-taken", "Slot taken",
                    "Somebody has just booked this slot; please choose another").with("slot_id", slotId);
        }
        return view(slots.findById(slotId).orElseThrow(), me, counsellorsById(), false);
    }

    /** 取消 — the person who booked cancels; so may the counsellor or a worker of the community. */
    @Transactional
    public void cancel(long slotId) {
        CurrentUser me = CurrentUsers.require();
        CounsellingSlot slot = reachable(slotId, me);
        if (slot.getBookedBy() == null) {
            throw new ConflictException("slot-not-booked", "Not booked", "Nobody has booked this slot");
        }
        long holder = slot.getBookedBy();
        boolean allowed = holder == me.id() || (me.isStaff() && me.canSee(slot.getRegionPath())) || counsellorOfRoom(me, slot);
        if (!allowed) {
            throw new ForbiddenException("Only the person who booked, the counsellor or a community worker cancels");
        }
        if (slots.release(slotId, holder) == 0) {
            throw new ConflictException("slot-not-booked", "Not booked", "The booking was cancelled meanwhile");
        }
    }

    /** The caller's upcoming appointments. */
    @Transactional(readOnly = true)
    public List<SlotView> myAppointments() {
        CurrentUser me = CurrentUsers.require();
        Map<Long, Counsellor> byId = counsellorsById();
        return slots.findByBookedByAndStartsAtGreaterThanEqualOrderByStartsAt(me.id(), clock.instant().minus(Duration.ofHours(2)))
                .stream().map(s -> view(s, me, byId, false)).toList();
    }

    /** One slot as the caller may see it. */
    @Transactional(readOnly = true)
    public SlotView slot(long slotId) {
        CurrentUser me = CurrentUsers.require();
        CounsellingSlot slot = reachable(slotId, me);
        return view(slot, me, counsellorsById(), counsellorOfRoom(me, slot));
    }

    /** 咨询记录 — the slot's counsellor writes a note on a booked session. */
    @Transactional
    public NoteView addNote(long slotId, String body) {
        CurrentUser me = CurrentUsers.require();
        CounsellingSlot slot = reachable(slotId, me);
        Counsellor counsellor = counsellors.findByUserId(me.id()).filter(c -> c.getId() == slot.getCounsellorId())
                .orElseThrow(() -> new ForbiddenException("Only the slot's counsellor writes notes on it"));
        if (body == null || body.isBlank() || body.length() > 4000) {
            throw new InvalidInputException("body", "1–4000 characters");
        }
        if (slot.getBookedBy() == null) {
            throw new ConflictException("slot-not-booked", "Not booked", "Notes are kept on booked sessions");
        }
        CounsellingNote note = notes.saveAndFlush(new CounsellingNote(slotId, counsellor.getId(), body.trim(), clock.instant()));
        return new NoteView(note.getId(), slotId, counsellor.getDisplayName(), note.getBody(), note.getWrittenAt());
    }

    /** The notes on a slot: counsellors of the room only; every reading is audited. */
    @Transactional
    public List<NoteView> notes(long slotId) {
        CurrentUser me = CurrentUsers.require();
        CounsellingSlot slot = reachable(slotId, me);
        if (!counsellorOfRoom(me, slot)) {
            throw new ForbiddenException("Counselling notes are for counsellors only");
        }
        Map<Long, Counsellor> byId = counsellorsById();
        audit.recordView("CounsellingNote", slotId, slot.getRegionPath(), "counselling notes of slot " + slotId);
        return notes.findBySlotIdOrderByWrittenAt(slotId).stream().map(n -> new NoteView(n.getId(), slotId,
                Optional.ofNullable(byId.get(n.getCounsellorId())).map(Counsellor::getDisplayName).orElse("—"),
                n.getBody(), n.getWrittenAt())).toList();
    }

    private boolean counsellorOfRoom(CurrentUser me, CounsellingSlot slot) {
        return counsellors.findByUserId(me.id())
                .filter(c -> c.isActive() && c.getRegionPath().equals(slot.getRegionPath())).isPresent();
    }

    private CounsellingSlot reachable(long slotId, CurrentUser me) {
        return slots.findById(slotId).filter(s -> me.canSee(s.getRegionPath()) || me.livesWithin(s.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Slot", slotId));
    }

    private Map<Long, Counsellor> counsellorsById() {
        return counsellors.findAll().stream().collect(Collectors.toMap(Counsellor::getId, Function.identity()));
    }

    private SlotView view(CounsellingSlot s, CurrentUser me, Map<Long, Counsellor> byId, boolean counsellor) {
        boolean mine = s.getBookedBy() != null && s.getBookedBy() == me.id();
        boolean mayKnow = mine || counsellor;
        String bookedBy = mayKnow && s.getBookedBy() != null
                ? accounts.findById(new UserId(s.getBookedBy())).map(UserSummary::displayName).orElse("—") : null;
        return new SlotView(s.getId(), s.getCounsellorId(),
                Optional.ofNullable(byId.get(s.getCounsellorId())).map(Counsellor::getDisplayName).orElse("—"),
                s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.isBooked(), mine, bookedBy, mayKnow ? s.getTopic() : null);
    }

    private CounsellorView view(Counsellor c) {
        return new CounsellorView(c.getId(), c.getUserId(), c.getDisplayName(), c.getQualification(), c.getRegionId());
    }
}
