package org.civicgrid.volunteering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.tally.RegionTallies;
import org.civicgrid.volunteering.Views.ActivityView;
import org.civicgrid.volunteering.Views.SignUpView;
import org.civicgrid.volunteering.internal.Activity;
import org.civicgrid.volunteering.internal.ActivityRepository;
import org.civicgrid.volunteering.internal.ServicePolicy;
import org.civicgrid.volunteering.internal.SignUp;
import org.civicgrid.volunteering.internal.SignUpRepository;
import org.civicgrid.volunteering.internal.Team;
import org.civicgrid.volunteering.internal.TeamRepository;
import org.civicgrid.volunteering.internal.VolunteeringTallies;
import org.civicgrid.volunteering.internal.Volunteer;
import org.civicgrid.volunteering.internal.VolunteerRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 志愿服务活动 — activities, sign-up within capacity, check-in and check-out (by the organiser, or by the
 * volunteer on a phone near the place) and the service hours they give, correctable by an organiser.
 */
@Service
public class ActivityManagement {

    /** Default radius of a phone check-in around the place. */
    public static final int DEFAULT_RADIUS_M = 200;

    /**
     * 发布活动.
     *
     * @param organiserUsername who runs it on the day (checks people in and out); the creator when blank
     */
    public record CreateActivity(String title, ActivityType type, String description, String place, Double lat,
            Double lng, Integer radiusM, Instant startsAt, Instant endsAt, Integer capacity, Long teamId,
            String organiserUsername, String organisation, String responsiblePerson, String contactPhone,
            Long regionId) {}

    private final ActivityRepository activities;
    private final SignUpRepository signUps;
    private final VolunteerRepository volunteers;
    private final TeamRepository teams;
    private final AccountManagement accounts;
    private final Regions regions;
    private final Clock clock;
    private final VolunteeringTallies tallies;

    ActivityManagement(ActivityRepository activities, SignUpRepository signUps, VolunteerRepository volunteers,
            TeamRepository teams, AccountManagement accounts, Regions regions, Clock clock, VolunteeringTallies tallies) {
        this.tallies = tallies;
        this.activities = activities;
        this.signUps = signUps;
        this.volunteers = volunteers;
        this.teams = teams;
        this.accounts = accounts;
        this.regions = regions;
        this.clock = clock;
    }

    /** Officials and community workers publish activities inside their region. */
    @Transactional
    public ActivityView create(CreateActivity command) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers publish activities");
        }
        RegionRef region = regions.find(new RegionId(command.regionId() == null ? me.regionId() : command.regionId()))
                .filter(r -> me.canSee(r.path()))
                .orElseThrow(() -> new InvalidInputException("region_id", "choose a region inside yours"));
        Long organiser = me.id();
        if (command.organiserUsername() != null && !command.organiserUsername().isBlank()) {
            organiser = accounts.findByUsername(command.organiserUsername().trim()).map(UserSummary::id)
                    .orElseThrow(() -> new InvalidInputException("organiser_username", "no such user"));
        }
        return createUnchecked(command, region.id(), organiser, me.username());
    }

    /** For start-up data and other modules' own flows: no caller check. */
    @Transactional
    public ActivityView createUnchecked(CreateActivity c, long regionId, Long organiserUserId, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (c.title() == null || c.title().isBlank() || c.title().length() > 200) {
            errors.add(new FieldError("title", "1–200 characters"));
        }
        if (c.type() == null) {
            errors.add(new FieldError("type", "choose the kind of service"));
        }
        if (c.place() == null || c.place().isBlank() || c.place().length() > 200) {
            errors.add(new FieldError("place", "where it takes place, 1–200 characters"));
        }
        if (c.startsAt() == null) {
            errors.add(new FieldError("starts_at", "when it starts"));
        }
        if (c.endsAt() == null || (c.startsAt() != null && !c.endsAt().isAfter(c.startsAt()))) {
            errors.add(new FieldError("ends_at", "after the start"));
        }
        if (c.capacity() == null || c.capacity() < 1 || c.capacity() > 10_000) {
            errors.add(new FieldError("capacity", "1–10000 places"));
        }
        if ((c.lat() == null) != (c.lng() == null) || (c.lat() != null && (Math.abs(c.lat()) > 90 || Math.abs(c.lng()) > 180))) {
            errors.add(new FieldError("lat", "give both latitude and longitude, or neither"));
        }
        if (c.radiusM() != null && (c.radiusM() < 20 || c.radiusM() > 5000)) {
            errors.add(new FieldError("radius_m", "20–5000 metres"));
        }
        if (c.organisation() == null || c.organisation().isBlank()) {
            errors.add(new FieldError("organisation", "the organisation that records the service"));
        }
        if (c.responsiblePerson() == null || c.responsiblePerson().isBlank()) {
            errors.add(new FieldError("responsible_person", "who answers for the record"));
        }
        if (c.contactPhone() == null || c.contactPhone().isBlank()) {
            errors.add(new FieldError("contact_phone", "a contact number"));
        }
        Team team = c.teamId() == null ? null : teams.findById(c.teamId()).orElse(null);
        if (c.teamId() != null && team == null) {
            errors.add(new FieldError("team_id", "no such team"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RegionRef region = regions.get(new RegionId(regionId));
        Activity a = new Activity(c.title().trim(), c.type(), trim(c.description()), c.place().trim(), c.lat(), c.lng(),
                c.radiusM() == null ? DEFAULT_RADIUS_M : c.radiusM(), c.startsAt(), c.endsAt(), c.capacity(),
                c.teamId(), organiserUserId, c.organisation().trim(), c.responsiblePerson().trim(),
                c.contactPhone().trim(), region.id(), region.path(), createdBy, clock.instant());
        activities.saveAndFlush(a);
        return view(a);
    }

    /** Activities the caller can take part in: inside their region, or covering it (a district-wide drive). */
    @Transactional(readOnly = true)
    public Page<ActivityView> search(ActivityType type, Instant endingAfter, Long teamId, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        return activities.search(me.scope().likePattern(), me.regionPath(), type,
                endingAfter == null ? Instant.EPOCH : endingAfter, teamId, pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public ActivityView get(long id) {
        return view(visible(id));
    }

    /** Whether the caller runs this activity (checks people in and out, corrects hours). */
    @Transactional(readOnly = true)
    public boolean organises(long activityId) {
        return isOrganiser(CurrentUsers.require(), visible(activityId));
    }

    /** 报名名单 — the organiser's roster. */
    @Transactional(readOnly = true)
    public List<SignUpView> roster(long activityId) {
        CurrentUser me = CurrentUsers.require();
        Activity a = visible(activityId);
        requireOrganiser(me, a);
        List<SignUp> list = signUps.findByActivityIdOrderBySignedUpAt(activityId);
        Map<Long, Volunteer> byId = volunteers.findAllById(list.stream().map(SignUp::getVolunteerId).toList()).stream()
                .collect(Collectors.toMap(Volunteer::getId, Function.identity()));
        return list.stream().map(s -> view(s, byId.get(s.getVolunteerId()))).toList();
    }

    /** The caller's own sign-up for the activity, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<SignUpView> mySignUp(long activityId) {
        CurrentUser me = CurrentUsers.require();
        return volunteers.findByUserId(me.id()).flatMap(v -> signUps.findByActivityIdAndVolunteerId(activityId, v.getId())
                .map(s -> view(s, v)));
    }

    /** The signed-in volunteer takes a place. */
    @Transactional
    public SignUpView signUp(long activityId) {
        CurrentUser me = CurrentUsers.require();
        Activity a = visible(activityId);
        Volunteer v = volunteers.findByUserId(me.id()).orElseThrow(() -> new ConflictException(
                "volunteer-registration-required", "Register as a volunteer first",
                "Only registered volunteers can sign up; register on the volunteer page first"));
        return take(a, v);
    }

    /** The organiser signs up a volunteer (e.g. someone without a phone). */
    @Transactional
    public SignUpView signUp(long activityId, long volunteerId) {
        CurrentUser me = CurrentUsers.require();
        Activity a = visible(activityId);
        requireOrganiser(me, a);
        Volunteer v = volunteers.findById(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer", volunteerId));
        return take(a, v);
    }

    /**
     * Takes a place: first the atomic capacity update (fails when full), then the sign-up row (its unique
     * key refuses a second place for the same volunteer). Either refusal rolls the whole step back.
     */
    private SignUpView take(Activity a, Volunteer v) {
        if (!a.isOpen()) {
            throw conflict("activity-closed", "Activity closed", "The activity is not open for sign-ups", a);
        }
        if (!clock.instant().isBefore(a.getEndsAt())) {
            throw conflict("activity-over", "Activity over", "The activity has ended", a);
        }
        SignUp existing = signUps.findByActivityIdAndVolunteerId(a.getId(), v.getId()).orElse(null);
        if (existing != null && existing.getStatus() != SignUpStatus.CANCELLED) {
            throw conflict("already-signed-up", "Already signed up", "You already hold a place in this activity", a);
        }
        long activityId = a.getId();
        if (activities.takePlace(activityId) == 0) {
            throw conflict("activity-full", "Activity full", "Every place in this activity is taken", a);
        }
        SignUp s;
        try {
            if (existing != null) {
                existing.renew(clock.instant());
                s = signUps.saveAndFlush(existing);
            } else {
                s = signUps.saveAndFlush(new SignUp(activityId, v.getId(), a.getRegionId(), a.getRegionPath(),
                        clock.instant()));
            }
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("already-signed-up", "Already signed up",
                    "You already hold a place in this activity").with("activityId", activityId);
        }
        return view(s, v);
    }

    /**
     * Records a service that already happened (start-up data, paper records typed in): takes a place, checks
     * in and out at the given times. No caller check.
     */
    @Transactional
    public SignUpView recordServiceUnchecked(long activityId, long volunteerId, Instant checkedIn, Instant checkedOut) {
        Activity a = activities.findById(activityId).orElseThrow(() -> new NotFoundException("Activity", activityId));
        Volunteer v = volunteers.findById(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer", volunteerId));
        if (activities.takePlace(activityId) == 0) {
            throw conflict("activity-full", "Activity full", "Every place in this activity is taken", a);
        }
        SignUp s = new SignUp(activityId, volunteerId, a.getRegionId(), a.getRegionPath(), checkedIn);
        s.checkIn(checkedIn, CheckMethod.ORGANISER);
        s.checkOut(checkedOut, CheckMethod.ORGANISER);
        SignUp saved = signUps.saveAndFlush(s);
        tallies.changed(Map.of(), saved);
        return view(saved, v);
    }

    /** The volunteer gives the place back before the service. */
    @Transactional
    public void cancel(long activityId) {
        CurrentUser me = CurrentUsers.require();
        Activity a = visible(activityId);
        Volunteer v = volunteers.findByUserId(me.id()).orElseThrow(() -> new NotFoundException("Sign-up", activityId));
        SignUp s = signUps.findByActivityIdAndVolunteerId(a.getId(), v.getId())
                .orElseThrow(() -> new NotFoundException("Sign-up", activityId));
        Map<RegionTallies.Key, Long> before = VolunteeringTallies.of(s);
        s.cancel();
        signUps.saveAndFlush(s);
        tallies.changed(before, s);
        activities.givePlaceBack(a.getId());
    }

    /** The organiser checks a volunteer in, now or at a time they give (not in the future). */
    @Transactional
    public SignUpView checkIn(long activityId, long signUpId, Instant at) {
        return byOrganiser(activityId, signUpId, s -> s.checkIn(when(at), CheckMethod.ORGANISER));
    }

    /** The organiser checks a volunteer out; the service minutes follow from the two times. */
    @Transactional
    public SignUpView checkOut(long activityId, long signUpId, Instant at) {
        return byOrganiser(activityId, signUpId, s -> s.checkOut(when(at), CheckMethod.ORGANISER));
    }

    /** 现场签到 — the volunteer checks in on a phone; it counts only near the place and around the time. */
    @Transactional
    public SignUpView checkInHere(long activityId, double lat, double lng) {
        return onThePhone(activityId, lat, lng, (a, now) -> ServicePolicy.checkInOpen(now, a.getStartsAt(), a.getEndsAt())
                ? null : conflict("check-in-closed", "Not the time to check in",
                        "Check-in opens an hour before the start and closes at the end", a),
                (s, now) -> s.checkIn(now, CheckMethod.GEOLOCATION));
    }

    @Transactional
    public SignUpView checkOutHere(long activityId, double lat, double lng) {
        return onThePhone(activityId, lat, lng, (a, now) -> ServicePolicy.checkOutOpen(now, a.getEndsAt())
                ? null : conflict("check-out-closed", "Too late to check out",
                        "Check-out on a phone closes three hours after the end; ask the organiser", a),
                (s, now) -> s.checkOut(now, CheckMethod.GEOLOCATION));
    }

    private SignUpView byOrganiser(long activityId, long signUpId, java.util.function.Consumer<SignUp> step) {
        CurrentUser me = CurrentUsers.require();
        Activity a = visible(activityId);
        requireOrganiser(me, a);
        SignUp s = signUpOf(a, signUpId);
        Map<RegionTallies.Key, Long> before = VolunteeringTallies.of(s);
        step.accept(s);
        tallies.changed(before, s);
        return view(s, volunteers.findById(s.getVolunteerId()).orElseThrow());
    }

    private SignUpView onThePhone(long activityId, double lat, double lng,
            java.util.function.BiFunction<Activity, Instant, ConflictException> refusal,
            java.util.function.BiConsumer<SignUp, Instant> step) {
        CurrentUser me = CurrentUsers.require();
        Activity a = visible(activityId);
        SignUp s = mine(me, a);
        Instant now = clock.instant();
        ConflictException refused = refusal.apply(a, now);
        if (refused != null) {
            throw refused;
        }
        requireNear(a, lat, lng);
        Map<RegionTallies.Key, Long> before = VolunteeringTallies.of(s);
        step.accept(s, now);
        tallies.changed(before, s);
        return view(s, volunteers.findById(s.getVolunteerId()).orElseThrow());
    }

    /** 时长更正 — only an organiser, only with a reason; the audit log keeps the hours before. */
    @Transactional
    public SignUpView correctHours(long signUpId, int minutes, String reason) {
        CurrentUser me = CurrentUsers.require();
        SignUp s = signUps.findById(signUpId).orElseThrow(() -> new NotFoundException("Sign-up", signUpId));
        Activity a = activities.findById(s.getActivityId()).filter(x -> canSee(me, x))
                .orElseThrow(() -> new NotFoundException("Sign-up", signUpId));
        requireOrganiser(me, a);
        Map<RegionTallies.Key, Long> before = VolunteeringTallies.of(s);
        s.correct(minutes, reason, me.username(), clock.instant());
        tallies.changed(before, s);
        return view(s, volunteers.findById(s.getVolunteerId()).orElseThrow());
    }

    private void requireNear(Activity a, double lat, double lng) {
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new InvalidInputException("lat", "not a position on earth");
        }
        if (a.getLat() == null) {
            throw conflict("no-place-position", "No position for the place",
                    "This activity has no map position; ask the organiser to check you in", a);
        }
        if (!ServicePolicy.nearThePlace(lat, lng, a.getLat(), a.getLng(), a.getRadiusM())) {
            throw (ConflictException) conflict("too-far-from-place", "Too far from the place",
                    "You must be within " + a.getRadiusM() + " m of the place to check in or out", a)
                    .with("distanceM", Math.round(ServicePolicy.distanceMetres(lat, lng, a.getLat(), a.getLng())))
                    .with("radiusM", a.getRadiusM());
        }
    }

    private SignUp mine(CurrentUser me, Activity a) {
        Volunteer v = volunteers.findByUserId(me.id()).orElseThrow(() -> new NotFoundException("Sign-up", a.getId()));
        return signUps.findByActivityIdAndVolunteerId(a.getId(), v.getId())
                .orElseThrow(() -> new NotFoundException("Sign-up", a.getId()));
    }

    private SignUp signUpOf(Activity a, long signUpId) {
        return signUps.findById(signUpId).filter(s -> s.getActivityId() == a.getId())
                .orElseThrow(() -> new NotFoundException("Sign-up", signUpId));
    }

    private Instant when(Instant at) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plusSeconds(60))) {
            throw new InvalidInputException("at", "cannot be in the future");
        }
        return at;
    }

    private Activity visible(long id) {
        CurrentUser me = CurrentUsers.require();
        return activities.findById(id).filter(a -> canSee(me, a)).orElseThrow(() -> new NotFoundException("Activity", id));
    }

    /** In the caller's region, or covering it (a street- or district-wide activity), or run by the caller. */
    static boolean canSee(CurrentUser me, Activity a) {
        return me.canSee(a.getRegionPath()) || me.regionPath().startsWith(a.getRegionPath())
                || (a.getOrganiserUserId() != null && a.getOrganiserUserId() == me.id());
    }

    private static boolean isOrganiser(CurrentUser me, Activity a) {
        return (a.getOrganiserUserId() != null && a.getOrganiserUserId() == me.id())
                || (me.isStaff() && me.canSee(a.getRegionPath()));
    }

    private static void requireOrganiser(CurrentUser me, Activity a) {
        if (!isOrganiser(me, a)) {
            throw new ForbiddenException("Only the activity's organiser or community staff may do this");
        }
    }

    private static ConflictException conflict(String type, String title, String detail, Activity a) {
        return (ConflictException) new ConflictException(type, title, detail).with("activityId", a.getId());
    }

    ActivityView view(Activity a) {
        String teamName = a.getTeamId() == null ? null : teams.findById(a.getTeamId()).map(Team::getName).orElse(null);
        return new ActivityView(a.getId(), a.getTitle(), a.getType(), a.getDescription(), a.getPlace(), a.getLat(),
                a.getLng(), a.getRadiusM(), a.getStartsAt(), a.getEndsAt(), a.getCapacity(), a.getSignedUp(),
                a.getTeamId(), teamName, a.getOrganiserUserId(), a.getOrganisation(), a.getResponsiblePerson(),
                a.getContactPhone(), a.getStatus().name(), a.getRegionId(),
                regions.nameOf(a.getRegionId()), a.getRegionPath());
    }

    static SignUpView view(SignUp s, Volunteer v) {
        return new SignUpView(s.getId(), s.getActivityId(), s.getVolunteerId(), v == null ? "" : v.getName(),
                v == null ? "" : v.getVolunteerNumber(), s.getStatus(), s.getSignedUpAt(), s.getCheckedInAt(),
                s.getCheckInMethod(), s.getCheckedOutAt(), s.getCheckOutMethod(), s.getServiceMinutes(),
                s.getCorrectionReason(), s.getCorrectedBy(), s.getCorrectedAt());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
