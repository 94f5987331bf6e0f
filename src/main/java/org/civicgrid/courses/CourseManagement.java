package org.civicgrid.courses;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.access.UserSummary;
import org.civicgrid.courses.internal.Attendance;
import org.civicgrid.courses.internal.AttendanceRepository;
import org.civicgrid.courses.internal.Course;
import org.civicgrid.courses.internal.CourseRepository;
import org.civicgrid.courses.internal.CourseSession;
import org.civicgrid.courses.internal.CourseSessionRepository;
import org.civicgrid.courses.internal.EligibilityPolicy;
import org.civicgrid.courses.internal.Enrolment;
import org.civicgrid.courses.internal.EnrolmentRepository;
import org.civicgrid.courses.internal.Lottery;
import org.civicgrid.courses.internal.LotteryDraw;
import org.civicgrid.courses.internal.LotteryRepository;
import org.civicgrid.courses.internal.ParticipantFacts;
import org.civicgrid.courses.internal.SessionSchedule;
import org.civicgrid.notifications.Notifications;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 课程报名 — classes, seats, waiting lists, lotteries, sessions and attendance. Seats are handed out by
 * the database (a guarded counter and a unique key per person), never by reading a count and then
 * writing. Community workers run their community's classes; residents of the community enrol.
 */
@Service
public class CourseManagement {

    private static final Logger log = LoggerFactory.getLogger(CourseManagement.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    /** 开设课程 — what a community worker fills in; only the first six fields are required. */
    public record CreateCourse(String title, Integer capacity, String enrolmentRule, Boolean waitingList,
            LocalDate startsOn, LocalDate endsOn, String programme, String description, String term, String organiser,
            String place, OffsetDateTime lotteryAt, Integer minAge, Integer maxAge, String careTag) {

        public static CreateCourse of(String title, int capacity, EnrolmentRule rule, boolean waitingList,
                LocalDate startsOn, LocalDate endsOn) {
            return new CreateCourse(title, capacity, rule.name(), waitingList, startsOn, endsOn, null, null, null, null,
                    null, null, null, null, null);
        }
    }

    /** 修改课程 — the details a worker may change after the class opens. */
    public record EditCourse(String title, Integer capacity, String description, String term, String organiser,
            String place) {}

    /** 添加课次 — one session; a party lecture may be held in a member's home ({@code hostName}). */
    public record AddSession(OffsetDateTime startsAt, Integer minutes, String place, String topic, boolean memberHome,
            String hostName) {}

    /** 按周排课 — every chosen weekday between two dates at one time, e.g. the reading club's summer. */
    public record WeeklySessions(LocalDate from, LocalDate to, Set<DayOfWeek> days, LocalTime at, Integer minutes,
            String place, String topic) {}

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CourseSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final LotteryRepository lotteries;
    private final ParticipantFacts facts;
    private final Regions regions;
    private final AccountManagement accounts;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    CourseManagement(CourseRepository courses, EnrolmentRepository enrolments, CourseSessionRepository sessions,
            AttendanceRepository attendance, LotteryRepository lotteries, ParticipantFacts facts, Regions regions,
            AccountManagement accounts, Notifications notifications, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.attendance = attendance;
        this.lotteries = lotteries;
        this.facts = facts;
        this.regions = regions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- classes

    /** A community worker opens a class in their own community, open to its residents. */
    @Transactional
    public CourseView create(CreateCourse command) {
        CurrentUser me = CurrentUsers.require();
        if (!me.has(Role.COMMUNITY_WORKER)) {
            throw new ForbiddenException("Only community workers open classes");
        }
        RegionRef community = regions.ancestorAt(new RegionId(me.regionId()), RegionLevel.COMMUNITY)
                .orElseGet(() -> regions.get(new RegionId(me.regionId())));
        return register(command, community, me.username());
    }

    /** Opens a class without a caller check: for start-up data. */
    @Transactional
    public CourseView register(CreateCourse c, RegionRef community, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String title = trim(c.title());
        if (title == null || title.length() > 120) {
            errors.add(new FieldError("title", "1–120 characters"));
        }
        if (c.capacity() == null || c.capacity() < 1 || c.capacity() > 1000) {
            errors.add(new FieldError("capacity", "between 1 and 1000 seats"));
        }
        EnrolmentRule rule = parse(EnrolmentRule.class, c.enrolmentRule(), "enrolment_rule", errors, null);
        Programme programme = parse(Programme.class, c.programme(), "programme", errors, Programme.OTHER);
        CareTag careTag = parse(CareTag.class, c.careTag(), "care_tag", errors, null);
        if (c.startsOn() == null) {
            errors.add(new FieldError("starts_on", "required"));
        }
        if (c.endsOn() == null) {
            errors.add(new FieldError("ends_on", "required"));
        } else if (c.startsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            errors.add(new FieldError("ends_on", "on or after starts_on"));
        }
        checkAge(c.minAge(), "min_age", errors);
        checkAge(c.maxAge(), "max_age", errors);
        if (c.minAge() != null && c.maxAge() != null && c.minAge() > c.maxAge()) {
            errors.add(new FieldError("max_age", "at least min_age"));
        }
        Instant now = clock.instant();
        Instant lotteryAt = c.lotteryAt() == null ? null : c.lotteryAt().toInstant();
        if (rule != EnrolmentRule.LOTTERY && lotteryAt != null) {
            errors.add(new FieldError("lottery_at", "only a LOTTERY class has a draw"));
        } else if (lotteryAt != null && !lotteryAt.isAfter(now)) {
            errors.add(new FieldError("lottery_at", "the draw must be in the future"));
        }
        checkLength(c.description(), 4000, "description", errors);
        checkLength(c.term(), 60, "term", errors);
        checkLength(c.organiser(), 120, "organiser", errors);
        checkLength(c.place(), 200, "place", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (rule == EnrolmentRule.LOTTERY && lotteryAt == null) {
            lotteryAt = defaultDraw(c.startsOn(), now);
        }
        Course course = new Course(community.id(), community.path(), programme, title, c.startsOn(), c.endsOn(),
                c.capacity(), rule, Boolean.TRUE.equals(c.waitingList()), lotteryAt, actor, now);
        course.describe(trim(c.description()), trim(c.term()), trim(c.organiser()), trim(c.place()));
        course.restrict(c.minAge(), c.maxAge(), careTag);
        return view(courses.saveAndFlush(course));
    }

    /** Unless told otherwise a lottery is drawn at noon the day before the class starts, and never within the hour. */
    static Instant defaultDraw(LocalDate startsOn, Instant now) {
        Instant noonBefore = startsOn.minusDays(1).atTime(12, 0).atZone(TimeConfiguration.ZONE).toInstant();
        Instant earliest = now.plus(Duration.ofHours(1));
        return noonBefore.isAfter(earliest) ? noonBefore : earliest;
    }

    @Transactional
    public CourseView edit(CourseId id, EditCourse e) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        List<FieldError> errors = new ArrayList<>();
        String title = trim(e.title());
        if (title == null || title.length() > 120) {
            errors.add(new FieldError("title", "1–120 characters"));
        }
        if (e.capacity() == null || e.capacity() < 1 || e.capacity() > 1000) {
            errors.add(new FieldError("capacity", "between 1 and 1000 seats"));
        } else if (e.capacity() < course.getSeatsTaken()) {
            errors.add(new FieldError("capacity", "at least the " + course.getSeatsTaken() + " seats already taken"));
        }
        checkLength(e.description(), 4000, "description", errors);
        checkLength(e.term(), 60, "term", errors);
        checkLength(e.organiser(), 120, "organiser", errors);
        checkLength(e.place(), 200, "place", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean grew = e.capacity() > course.getCapacity();
        course.rename(title);
        course.resize(e.capacity());
        course.describe(trim(e.description()), trim(e.term()), trim(e.organiser()), trim(e.place()));
        try {
            courses.saveAndFlush(course);
        } catch (DataIntegrityViolationException ex) {
            throw new InvalidInputException("capacity", "at least the seats already taken");
        }
        if (grew && !course.lotteryPending()) {
            promoteWaiting(course.getId(), clock.instant());
        }
        return get(id);
    }

    /** Classes the caller may see: those in their region (staff) and those of the community they live in. */
    @Transactional(readOnly = true)
    public Page<CourseView> search(String query, boolean currentOnly, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        String q = query == null || query.isBlank() ? null : "%" + query.trim() + "%";
        return courses.search(me.scope().likePattern(), me.scope().enclosingPaths(), q, currentOnly, today(), pageable)
                .map(this::view);
    }

    /** @throws NotFoundException when the class does not exist or lies outside the caller's reach */
    @Transactional(readOnly = true)
    public CourseView get(CourseId id) {
        return view(visible(id, CurrentUsers.require()));
    }

    /**
     * A class to edit: only for those who run it (403 for others who may see it; 404 where the class lies outside
     * the caller's reach).
     */
    @Transactional(readOnly = true)
    public CourseView toEdit(CourseId id) {
        return view(managed(id, CurrentUsers.require()));
    }

    /** Whether the caller runs this class (a community worker or official whose region holds it). */
    @Transactional(readOnly = true)
    public boolean canManage(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = visible(id, me);
        return manages(me, course);
    }

    // ---------------------------------------------------------------- enrolment

    /**
     * 报名 — takes a seat (FIRST_COME), enters the draw (LOTTERY before it is drawn) or joins the waiting
     * list when the class is full and keeps one.
     *
     * @throws ConflictException {@code already-enrolled}, or {@code course-full} when no seat is left and the
     *                           class keeps no waiting list
     */
    @Transactional
    public EnrolmentView enrol(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = visible(id, me);
        if (!me.has(Role.RESIDENT)) {
            throw new ForbiddenException("Only residents enrol in classes");
        }
        if (course.getEndsOn().isBefore(today())) {
            throw (ConflictException) new ConflictException("course-ended", "Class has ended",
                    "The class " + course.getTitle() + " has ended").with("course_id", course.getId());
        }
        List<String> refusals = EligibilityPolicy.refusals(course, participant(me));
        if (!refusals.isEmpty()) {
            throw (ForbiddenException) new ForbiddenException("not-eligible", "Not eligible", String.join("; ", refusals))
                    .with("course_id", course.getId());
        }
        if (enrolments.existsByCourseIdAndUserId(course.getId(), me.id())) {
            throw alreadyEnrolled(course);
        }
        return take(course, me.id(), me.displayName(), me.regionPath(), clock.instant());
    }

    /** Enrols a person without a caller check (eligibility included): for start-up data. */
    @Transactional
    public EnrolmentView enrolFor(CourseId id, UserSummary person) {
        Course course = courses.findById(id.value()).orElseThrow(() -> new NotFoundException("Course", id));
        return take(course, person.id(), person.displayName(), person.regionPath(), clock.instant());
    }

    private EnrolmentView take(Course course, long userId, String name, String regionPath, Instant now) {
        long courseId = course.getId();
        Enrolment enrolment;
        if (course.isLottery() && courses.enterLottery(courseId) == 1) {
            enrolment = Enrolment.entry(courseId, userId, name, regionPath, now);
        } else if (courses.takeSeat(courseId) == 1) {
            enrolment = Enrolment.seat(courseId, userId, name, regionPath, now);
            events.publishEvent(new SeatTaken(courseId, userId, "enrolment", now));
        } else if (course.isWaitingList()) {
            enrolment = Enrolment.waiting(courseId, userId, name, regionPath, now, enrolments.nextQueueNo());
        } else {
            throw (ConflictException) new ConflictException("course-full", "Class full",
                    "All " + course.getCapacity() + " seats of " + course.getTitle() + " are taken")
                    .with("course_id", courseId).with("capacity", course.getCapacity());
        }
        try {
            enrolments.saveAndFlush(enrolment);
        } catch (DataIntegrityViolationException e) {
            throw alreadyEnrolled(course);
        }
        return enrolmentView(enrolment);
    }

    /** 退课 — gives up the caller's seat, entry or place in line; a freed seat goes to the next in line. */
    @Transactional
    public void withdraw(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = visible(id, me);
        Enrolment enrolment = enrolments.findByCourseIdAndUserId(course.getId(), me.id())
                .orElseThrow(() -> new NotFoundException("Enrolment in course", id));
        EnrolmentStatus was = enrolment.getStatus();
        enrolments.delete(enrolment);
        enrolments.flush();
        Instant now = clock.instant();
        switch (was) {
            case ENROLLED -> {
                courses.releaseSeat(course.getId());
                events.publishEvent(new SeatFreed(course.getId(), me.id(), now));
                promoteWaiting(course.getId(), now);
            }
            case ENTERED -> courses.leaveLottery(course.getId());
            case WAITING -> { }
        }
    }

    /**
     * Gives free seats to the waiting list in order. Each promotion takes a seat with the guarded counter
     * first, then moves the next in line only if they are still waiting; otherwise the seat goes back.
     */
    private int promoteWaiting(long courseId, Instant now) {
        int promoted = 0;
        for (int guard = 0; guard < 2_000; guard++) {
            List<Enrolment> next = enrolments.waitingList(courseId, Limit.of(1));
            if (next.isEmpty() || courses.takeSeat(courseId) == 0) {
                return promoted;
            }
            Enrolment first = next.get(0);
            if (enrolments.promote(first.getId(), now) == 1) {
                promoted++;
                events.publishEvent(new SeatTaken(courseId, first.getUserId(), "waiting-list", now));
                notifySafely(first.getUserId(), "course.promoted", "候补转正：您已获得课程席位",
                        "有学员退课，您已从候补名单转为正式学员。", "/courses/" + courseId);
            } else {
                courses.releaseSeat(courseId);
            }
        }
        return promoted;
    }

    /** The caller's standing with one class, if any. */
    @Transactional(readOnly = true)
    public Optional<EnrolmentView> myEnrolment(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = visible(id, me);
        return enrolments.findByCourseIdAndUserId(course.getId(), me.id()).map(this::enrolmentView);
    }

    /** The caller's standing with each of these classes (for lists). */
    @Transactional(readOnly = true)
    public Map<Long, EnrolmentView> myEnrolments(Collection<Long> courseIds) {
        Optional<CurrentUser> me = CurrentUsers.current();
        if (me.isEmpty() || courseIds.isEmpty()) {
            return Map.of();
        }
        return enrolments.findByUserIdAndCourseIdIn(me.get().id(), courseIds).stream()
                .collect(Collectors.toMap(Enrolment::getCourseId, this::enrolmentView));
    }

    /** Everyone holding a seat, in line, or entered in the draw (staff running the class). */
    @Transactional(readOnly = true)
    public Map<EnrolmentStatus, List<EnrolmentView>> participants(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        Map<EnrolmentStatus, List<EnrolmentView>> out = new LinkedHashMap<>();
        out.put(EnrolmentStatus.ENROLLED, enrolments.findByCourseIdAndStatusOrderByDisplayNameAscIdAsc(course.getId(),
                EnrolmentStatus.ENROLLED).stream().map(this::enrolmentView).toList());
        out.put(EnrolmentStatus.WAITING, enrolments.waitingList(course.getId(), Limit.of(1_000)).stream()
                .map(this::enrolmentView).toList());
        out.put(EnrolmentStatus.ENTERED, enrolments.findByCourseIdAndStatusOrderByDisplayNameAscIdAsc(course.getId(),
                EnrolmentStatus.ENTERED).stream().map(this::enrolmentView).toList());
        return out;
    }

    // ---------------------------------------------------------------- lottery

    /** 抽签 — a worker draws the lottery once its set time has come (the job does it otherwise). */
    @Transactional
    public LotteryRecord draw(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        if (!course.isLottery()) {
            throw new ConflictException("not-a-lottery", "Not a lottery", "The class gives seats first come, first served");
        }
        Instant now = clock.instant();
        if (course.getLotteryAt() != null && now.isBefore(course.getLotteryAt())) {
            throw (ConflictException) new ConflictException("lottery-not-due", "Draw not due",
                    "The draw is set for " + course.getLotteryAt()).with("lottery_at", course.getLotteryAt());
        }
        drawNow(course.getId(), now, me.username());
        return lottery(id).orElseThrow();
    }

    /** Draws every lottery whose time has come by {@code now}; each in its own transaction. Returns how many. */
    public int drawDue(Instant now) {
        int drawn = 0;
        for (Long courseId : courses.lotteriesDue(now)) {
            try {
                tx.executeWithoutResult(s -> drawNow(courseId, now, "system"));
                drawn++;
            } catch (ConflictException e) {
                log.debug("Lottery of class {} was drawn elsewhere", courseId);
            } catch (RuntimeException e) {
                log.warn("Could not draw the lottery of class {}: {}", courseId, e.getMessage());
            }
        }
        return drawn;
    }

    private void drawNow(long courseId, Instant now, String actor) {
        if (courses.markDrawn(courseId, now) == 0) {
            throw new ConflictException("lottery-drawn", "Already drawn", "The lottery has already been drawn");
        }
        Course course = courses.findById(courseId).orElseThrow();
        Map<Long, Enrolment> entries = enrolments.findByCourseIdAndStatus(courseId, EnrolmentStatus.ENTERED).stream()
                .collect(Collectors.toMap(Enrolment::getUserId, Function.identity()));
        long seed = SEEDS.nextLong();
        List<Long> order = LotteryDraw.order(entries.keySet(), seed);
        int free = Math.max(0, course.getCapacity() - course.getSeatsTaken());
        Lottery lottery = new Lottery(courseId, seed, now, actor, order.size(), free, LotteryDraw.fingerprint(entries.keySet()));
        int seated = 0;
        int position = 0;
        for (Long userId : order) {
            Enrolment entry = entries.get(userId);
            position++;
            String outcome;
            // Each counter update clears the persistence context, so every change is merged back explicitly.
            if (courses.takeSeat(courseId) == 1) {
                entry.seated(now);
                enrolments.save(entry);
                seated++;
                outcome = "SEATED";
                events.publishEvent(new SeatTaken(courseId, userId, "lottery", now));
            } else if (course.isWaitingList()) {
                entry.queued(enrolments.nextQueueNo());
                enrolments.save(entry);
                outcome = "WAITING";
            } else {
                enrolments.delete(entry);
                outcome = "NOT_DRAWN";
            }
            lottery.record(position, userId, outcome);
            notifySafely(userId, "course.lottery", switch (outcome) {
                case "SEATED" -> "抽签结果：中签";
                case "WAITING" -> "抽签结果：进入候补名单";
                default -> "抽签结果：未中签";
            }, course.getTitle() + " 已完成抽签（第 " + position + " 位）。", "/courses/" + courseId + "/lottery");
        }
        lotteries.save(lottery);
        enrolments.flush();
        events.publishEvent(new LotteryDrawn(courseId, seed, order.size(), seated, now));
    }

    /** The class's draw, checked by re-running it from the stored seed; masked names for residents. */
    @Transactional(readOnly = true)
    public Optional<LotteryRecord> lottery(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = visible(id, me);
        boolean staff = manages(me, course);
        return lotteries.findByCourseId(course.getId()).map(l -> {
            List<Long> entrants = l.getPicks().stream().map(Lottery.Pick::getUserId).toList();
            List<Long> drawn = LotteryDraw.order(entrants, l.getSeed());
            boolean reproduced = drawn.equals(entrants) && LotteryDraw.fingerprint(entrants).equals(l.getEntrantsSha256());
            List<LotteryRecord.Pick> picks = l.getPicks().stream().map(p -> new LotteryRecord.Pick(p.getPosition(),
                    p.getUserId(), nameFor(p.getUserId(), me, staff), p.getOutcome())).toList();
            return new LotteryRecord(course.getId(), l.getSeed(), l.getDrawnAt(), l.getDrawnBy(), l.getEntrantCount(),
                    l.getSeatsOffered(), l.getEntrantsSha256(), picks, reproduced);
        });
    }

    private String nameFor(long userId, CurrentUser me, boolean staff) {
        String name = accounts.findById(new UserId(userId)).map(u -> u.displayName()).orElse("—");
        if (staff || userId == me.id()) {
            return name;
        }
        return name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    // ---------------------------------------------------------------- sessions and attendance

    @Transactional
    public SessionView addSession(CourseId id, AddSession s) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        List<FieldError> errors = new ArrayList<>();
        if (s.startsAt() == null) {
            errors.add(new FieldError("starts_at", "required"));
        }
        if (s.minutes() == null || s.minutes() < 10 || s.minutes() > 600) {
            errors.add(new FieldError("minutes", "between 10 and 600 minutes"));
        }
        if (s.memberHome() && trim(s.hostName()) == null) {
            errors.add(new FieldError("host_name", "whose home the lecture is held in"));
        }
        checkLength(s.place(), 200, "place", errors);
        checkLength(s.topic(), 200, "topic", errors);
        checkLength(s.hostName(), 100, "host_name", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant start = s.startsAt().toInstant();
        if (sessions.existsByCourseIdAndStartsAt(course.getId(), start)) {
            throw new InvalidInputException("starts_at", "the class already meets at this time");
        }
        CourseSession session = new CourseSession(course.getId(), course.getRegionPath(), start,
                start.plus(Duration.ofMinutes(s.minutes())), trim(s.place()) == null ? course.getPlace() : trim(s.place()),
                trim(s.topic()), s.memberHome(), trim(s.hostName()));
        try {
            return sessionView(sessions.saveAndFlush(session), 0, 0);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("starts_at", "the class already meets at this time");
        }
    }

    /** Adds a weekly timetable; times the class already meets at are skipped. */
    @Transactional
    public List<SessionView> addWeekly(CourseId id, WeeklySessions w) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        List<FieldError> errors = new ArrayList<>();
        if (w.from() == null) {
            errors.add(new FieldError("from", "required"));
        }
        if (w.to() == null) {
            errors.add(new FieldError("to", "required"));
        }
        if (w.days() == null || w.days().isEmpty()) {
            errors.add(new FieldError("days", "choose at least one weekday"));
        }
        if (w.at() == null) {
            errors.add(new FieldError("at", "required"));
        }
        if (w.minutes() == null || w.minutes() < 10 || w.minutes() > 600) {
            errors.add(new FieldError("minutes", "between 10 and 600 minutes"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<SessionSchedule.Slot> slots;
        try {
            slots = SessionSchedule.weekly(w.from(), w.to(), w.days(), w.at(), Duration.ofMinutes(w.minutes()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("to", e.getMessage());
        }
        List<SessionView> added = new ArrayList<>();
        for (SessionSchedule.Slot slot : slots) {
            Instant start = slot.startsAt().toInstant();
            if (!sessions.existsByCourseIdAndStartsAt(course.getId(), start)) {
                CourseSession session = sessions.save(new CourseSession(course.getId(), course.getRegionPath(), start,
                        slot.endsAt().toInstant(), trim(w.place()) == null ? course.getPlace() : trim(w.place()),
                        trim(w.topic()), false, null));
                added.add(sessionView(session, 0, 0));
            }
        }
        sessions.flush();
        return added;
    }

    @Transactional(readOnly = true)
    public List<SessionView> sessions(CourseId id) {
        Course course = visible(id, CurrentUsers.require());
        Map<Long, long[]> tally = tally(course.getId());
        return sessions.findByCourseIdOrderByStartsAt(course.getId()).stream()
                .map(s -> sessionView(s, tally.getOrDefault(s.getId(), new long[2])[0],
                        tally.getOrDefault(s.getId(), new long[2])[1]))
                .toList();
    }

    @Transactional(readOnly = true)
    public AttendanceSheet attendance(CourseId id, long sessionId) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        CourseSession session = sessionOf(course, sessionId);
        Map<Long, Attendance> recorded = attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getUserId, Function.identity()));
        Map<Long, AttendanceSheet.Line> lines = new LinkedHashMap<>();
        for (Enrolment e : enrolments.findByCourseIdAndStatusOrderByDisplayNameAscIdAsc(course.getId(),
                EnrolmentStatus.ENROLLED)) {
            Attendance a = recorded.get(e.getUserId());
            lines.put(e.getUserId(), new AttendanceSheet.Line(e.getUserId(), e.getDisplayName(), a == null ? null : a.isPresent()));
        }
        for (Attendance a : recorded.values()) {
            if (!lines.containsKey(a.getUserId())) {
                String name = accounts.findById(new UserId(a.getUserId())).map(u -> u.displayName()).orElse("—");
                lines.put(a.getUserId(), new AttendanceSheet.Line(a.getUserId(), name, a.isPresent()));
            }
        }
        long present = recorded.values().stream().filter(Attendance::isPresent).count();
        return new AttendanceSheet(view(course), sessionView(session, recorded.size(), present), List.copyOf(lines.values()));
    }

    /** 考勤 — marks everyone holding a seat present or absent for a session that has begun. */
    @Transactional
    public AttendanceSheet recordAttendance(CourseId id, long sessionId, Set<Long> presentUserIds) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        CourseSession session = sessionOf(course, sessionId);
        Instant now = clock.instant();
        if (!session.heldBy(now)) {
            throw (ConflictException) new ConflictException("session-not-held", "Session not held yet",
                    "Attendance is taken once the session has begun").with("session_id", sessionId);
        }
        Map<Long, Attendance> recorded = attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getUserId, Function.identity()));
        Set<Long> seated = enrolments.findByCourseIdAndStatus(course.getId(), EnrolmentStatus.ENROLLED).stream()
                .map(Enrolment::getUserId).collect(Collectors.toSet());
        for (Long userId : presentUserIds) {
            if (!seated.contains(userId) && !recorded.containsKey(userId)) {
                throw new InvalidInputException("present", "user " + userId + " holds no seat in this class");
            }
        }
        for (Long userId : seated) {
            boolean present = presentUserIds.contains(userId);
            Attendance a = recorded.get(userId);
            if (a == null) {
                attendance.save(new Attendance(sessionId, course.getId(), userId, present, me.username(), now));
            } else {
                a.mark(present, me.username(), now);
            }
        }
        for (Attendance a : recorded.values()) {
            if (!seated.contains(a.getUserId())) {
                a.mark(presentUserIds.contains(a.getUserId()), me.username(), now);
            }
        }
        attendance.flush();
        return attendance(id, sessionId);
    }

    /** 课程统计 — fill rate and attendance. */
    @Transactional(readOnly = true)
    public CourseFigures figures(CourseId id) {
        CurrentUser me = CurrentUsers.require();
        Course course = managed(id, me);
        List<SessionView> perSession = sessions(id);
        Instant now = clock.instant();
        long held = perSession.stream().filter(s -> !s.startsAt().isAfter(now)).count();
        long recorded = perSession.stream().mapToLong(SessionView::recorded).sum();
        long present = perSession.stream().mapToLong(SessionView::present).sum();
        CourseView v = view(course);
        return new CourseFigures(course.getId(), v.capacity(), v.seatsTaken(),
                enrolments.countByCourseIdAndStatus(course.getId(), EnrolmentStatus.WAITING), v.lotteryEntries(),
                v.fillRate(), perSession.size(), held, recorded, present,
                recorded == 0 ? null : (double) present / recorded, perSession);
    }

    // ---------------------------------------------------------------- helpers

    private Map<Long, long[]> tally(long courseId) {
        Map<Long, long[]> out = new HashMap<>();
        for (Object[] row : attendance.tally(courseId)) {
            out.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return out;
    }

    private CourseSession sessionOf(Course course, long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getCourseId() == course.getId())
                .orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    private Course visible(CourseId id, CurrentUser me) {
        return courses.findById(id.value())
                .filter(c -> me.canSee(c.getRegionPath()) || me.livesWithin(c.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Course", id));
    }

    private Course managed(CourseId id, CurrentUser me) {
        Course course = visible(id, me);
        if (!manages(me, course)) {
            throw new ForbiddenException("Only the community's workers and officials above it run this class");
        }
        return course;
    }

    private static boolean manages(CurrentUser me, Course course) {
        return me.isStaff() && me.canSee(course.getRegionPath());
    }

    private EligibilityPolicy.Participant participant(CurrentUser me) {
        return new EligibilityPolicy.Participant(me.regionPath(), facts.birthDate(me.id()), facts.careTags(me.id()));
    }

    private void notifySafely(long userId, String kind, String title, String body, String link) {
        notifications.send(new UserId(userId), kind, title, body, link);
    }

    private static ConflictException alreadyEnrolled(Course course) {
        return (ConflictException) new ConflictException("already-enrolled", "Already enrolled",
                "You are already enrolled in " + course.getTitle()).with("course_id", course.getId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }

    private CourseView view(Course c) {
        return new CourseView(c.getId(), c.getRegionId(), c.getRegionPath(), c.getProgramme(), c.getTitle(),
                c.getDescription(), c.getTerm(), c.getOrganiser(), c.getPlace(), c.getStartsOn(), c.getEndsOn(),
                c.getCapacity(), c.getSeatsTaken(), c.getLotteryEntries(), c.getEnrolmentRule(), c.isWaitingList(),
                c.getLotteryAt(), c.getLotteryDrawnAt(), c.getMinAge(), c.getMaxAge(), c.getCareTag());
    }

    private EnrolmentView enrolmentView(Enrolment e) {
        Integer position = e.getStatus() == EnrolmentStatus.WAITING && e.getQueueNo() != null
                ? (int) enrolments.aheadOf(e.getCourseId(), e.getQueueNo()) + 1 : null;
        return new EnrolmentView(e.getCourseId(), e.getUserId(), e.getDisplayName(), e.getStatus(), position,
                e.getRequestedAt(), e.getSeatedAt());
    }

    private static SessionView sessionView(CourseSession s, long recorded, long present) {
        return new SessionView(s.getId(), s.getCourseId(), s.getStartsAt(), s.getEndsAt(), s.getPlace(), s.getTopic(),
                s.isMemberHome(), s.getHostName(), recorded, present);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors,
            E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null && field.equals("enrolment_rule")) {
                errors.add(new FieldError(field, "required"));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "one of " + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }

    private static void checkAge(Integer age, String field, List<FieldError> errors) {
        if (age != null && (age < 0 || age > 120)) {
            errors.add(new FieldError(field, "between 0 and 120"));
        }
    }

    private static void checkLength(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.trim().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
