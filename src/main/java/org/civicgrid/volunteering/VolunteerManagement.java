package org.civicgrid.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.residents.IdNumberPolicy;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.InvalidInputException.FieldError;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.volunteering.Views.TeamView;
import org.civicgrid.volunteering.Views.VolunteerView;
import org.civicgrid.volunteering.internal.Masking;
import org.civicgrid.volunteering.internal.Team;
import org.civicgrid.volunteering.internal.TeamRepository;
import org.civicgrid.volunteering.internal.Volunteer;
import org.civicgrid.volunteering.internal.VolunteerRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 志愿者与服务队 — registers volunteers and teams; in-post party members register with their home community. */
@Service
public class VolunteerManagement {

    /**
     * 志愿者注册 — a volunteer's basic information as the volunteer-record rules require.
     *
     * @param userId     the platform account, when the volunteer has one
     * @param residentId the resident register's id, when the volunteer is a registered resident
     * @param regionId   where the volunteer lives or serves (a community, usually)
     */
    public record RegisterVolunteer(String name, IdType idType, String idNumber, String phone, Long userId,
            Long residentId, Set<String> skills, String availability, Long regionId) {}

    /** 在职党员进社区 — an in-post party member of a unit registers with a home community. */
    public record RegisterPartyMember(long volunteerId, long unitId, long communityId, LocalDate registeredOn) {}

    public record CreateTeam(String name, TeamKind kind, Long unitId, String organisation, String leaderName,
            String contactPhone, Long regionId) {}

    private final VolunteerRepository volunteers;
    private final TeamRepository teams;
    private final Regions regions;
    private final Clock clock;

    VolunteerManagement(VolunteerRepository volunteers, TeamRepository teams, Regions regions, Clock clock) {
        this.volunteers = volunteers;
        this.teams = teams;
        this.regions = regions;
        this.clock = clock;
    }

    /** Staff register a volunteer inside their region; anyone registers themselves. */
    @Transactional
    public VolunteerView register(RegisterVolunteer command) {
        CurrentUser me = CurrentUsers.require();
        boolean self = command.userId() != null && command.userId() == me.id();
        if (!self && !me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers register other volunteers");
        }
        RegionRef region = command.regionId() == null && self ? regions.get(new RegionId(me.regionId()))
                : regions.find(command.regionId() == null ? null : new RegionId(command.regionId()))
                        .orElseThrow(() -> new InvalidInputException("region_id", "no such region"));
        if (!self && !me.canSee(region.path())) {
            throw new InvalidInputException("region_id", "outside your region");
        }
        return enrol(command, region.id());
    }

    /** Registers a volunteer without a caller check: for start-up data and the module's own flows. */
    @Transactional
    public VolunteerView enrol(RegisterVolunteer command, long regionId) {
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank() || command.name().trim().length() > 50) {
            errors.add(new FieldError("name", "1–50 characters"));
        }
        if (command.idType() == null) {
            errors.add(new FieldError("id_type", "choose the identity document"));
        }
        String idNumber = idNumber(command);
        if (command.idType() == IdType.RESIDENT_ID_CARD && idNumber != null) {
            IdNumberPolicy.refusal(idNumber, LocalDate.now(clock))
                    .ifPresent(refusal -> errors.add(new FieldError("id_number", refusal.message())));
        }
        if (command.phone() != null && !command.phone().isBlank() && !command.phone().trim().matches("[0-9+\\- ]{7,20}")) {
            errors.add(new FieldError("phone", "digits only"));
        }
        RegionRef region = regions.find(new RegionId(regionId)).orElse(null);
        if (region == null) {
            errors.add(new FieldError("region_id", "no such region"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (command.userId() != null && volunteers.findByUserId(command.userId()).isPresent()) {
            throw (ConflictException) new ConflictException("already-a-volunteer", "Already registered",
                    "This account is already registered as a volunteer").with("userId", command.userId());
        }
        String number = volunteerNumber(LocalDate.now(clock).getYear(), volunteers.nextNumber());
        Volunteer v = new Volunteer(command.name().trim(), command.idType(), idNumber,
                blankToNull(command.phone()), number, command.userId(), command.residentId(), skills(command.skills()),
                blankToNull(command.availability()), region.id(), region.path(), clock.instant());
        try {
            volunteers.saveAndFlush(v);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("already-a-volunteer", "Already registered",
                    "This account is already registered as a volunteer");
        }
        return view(v);
    }

    /**
     * The number as stored: a citizen ID number read by the residents' {@link IdNumberPolicy} (full-width digits,
     * Ｘ, a small x and spaces typed by an input method become the number); other documents as typed, trimmed.
     */
    private static String idNumber(RegisterVolunteer command) {
        String typed = blankToNull(command.idNumber());
        if (typed == null || command.idType() != IdType.RESIDENT_ID_CARD) {
            return typed;
        }
        String normalised = IdNumberPolicy.normalise(typed);
        return normalised.isEmpty() ? null : normalised;
    }

    /** 志愿者编号 — city code, year of registration and a serial: 430200-2023-000123. */
    static String volunteerNumber(int year, long serial) {
        return "430200-" + year + "-" + String.format("%06d", serial);
    }

    /** The volunteer registers with a home community as an in-post party member (self, or staff in scope). */
    @Transactional
    public VolunteerView registerPartyMember(RegisterPartyMember command) {
        CurrentUser me = CurrentUsers.require();
        Volunteer v = volunteers.findById(command.volunteerId()).filter(x -> visible(me, x))
                .orElseThrow(() -> new NotFoundException("Volunteer", command.volunteerId()));
        return registerPartyMemberUnchecked(v, command);
    }

    /** For start-up data and other modules' own flows: no caller check. */
    @Transactional
    public VolunteerView registerPartyMemberUnchecked(RegisterPartyMember command) {
        Volunteer v = volunteers.findById(command.volunteerId())
                .orElseThrow(() -> new NotFoundException("Volunteer", command.volunteerId()));
        return registerPartyMemberUnchecked(v, command);
    }

    private VolunteerView registerPartyMemberUnchecked(Volunteer v, RegisterPartyMember command) {
        RegionRef community = regions.find(new RegionId(command.communityId()))
                .filter(r -> r.level() == RegionLevel.COMMUNITY)
                .orElseThrow(() -> new InvalidInputException("community_id", "choose a community"));
        LocalDate on = command.registeredOn() == null ? LocalDate.now(clock) : command.registeredOn();
        v.registerAsPartyMember(command.unitId(), community.id(), community.path(), on);
        return view(v);
    }

    @Transactional
    public VolunteerView describe(long volunteerId, Set<String> skills, String availability) {
        CurrentUser me = CurrentUsers.require();
        Volunteer v = volunteers.findById(volunteerId).filter(x -> visible(me, x))
                .orElseThrow(() -> new NotFoundException("Volunteer", volunteerId));
        v.describe(skills(skills), blankToNull(availability));
        return view(v);
    }

    @Transactional(readOnly = true)
    public VolunteerView get(long id) {
        CurrentUser me = CurrentUsers.require();
        return volunteers.findById(id).filter(v -> visible(me, v)).map(this::view)
                .orElseThrow(() -> new NotFoundException("Volunteer", id));
    }

    /** The signed-in user's own volunteer registration, if any. */
    @Transactional(readOnly = true)
    public Optional<VolunteerView> mine() {
        return volunteers.findByUserId(CurrentUsers.require().id()).map(this::view);
    }

    @Transactional(readOnly = true)
    public Page<VolunteerView> search(String q, boolean partyMembersOnly, Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers list volunteers");
        }
        String like = q == null || q.isBlank() ? null : "%" + q.trim() + "%";
        return volunteers.search(me.scope().likePattern(), like, partyMembersOnly, pageable).map(this::view);
    }

    /** For other modules: the in-post party members of these units (no scope check; callers apply their own). */
    @Transactional(readOnly = true)
    public List<VolunteerView> partyMembersOf(Set<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : volunteers.partyMembersOf(unitIds).stream().map(this::view).toList();
    }

    @Transactional
    public TeamView createTeam(CreateTeam command) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers create teams");
        }
        RegionRef region = regions.find(command.regionId() == null ? new RegionId(me.regionId())
                : new RegionId(command.regionId())).filter(r -> me.canSee(r.path()))
                .orElseThrow(() -> new InvalidInputException("region_id", "choose a region inside yours"));
        return createTeamUnchecked(command, region.id());
    }

    /** For start-up data and other modules' own flows: no caller check. */
    @Transactional
    public TeamView createTeamUnchecked(CreateTeam command, long regionId) {
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank() || command.name().length() > 100) {
            errors.add(new FieldError("name", "1–100 characters"));
        }
        if (command.organisation() == null || command.organisation().isBlank()) {
            errors.add(new FieldError("organisation", "the organisation the team belongs to"));
        }
        if (command.kind() == TeamKind.UNIT_PARTY_MEMBERS && command.unitId() == null) {
            errors.add(new FieldError("unit_id", "a unit's party members need the unit"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RegionRef region = regions.get(new RegionId(regionId));
        Team team = new Team(command.name().trim(), command.kind() == null ? TeamKind.GENERAL : command.kind(),
                command.unitId(), command.organisation().trim(), blankToNull(command.leaderName()),
                blankToNull(command.contactPhone()), region.id(), region.path(), clock.instant());
        try {
            teams.saveAndFlush(team);
        } catch (DataIntegrityViolationException e) {
            throw (ConflictException) new ConflictException("team-name-taken", "Team name taken",
                    "A team with this name already exists in the region").with("name", command.name());
        }
        return teamView(team);
    }

    /** Staff in scope add a volunteer to a team. */
    @Transactional
    public TeamView addToTeam(long teamId, long volunteerId) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers manage teams");
        }
        Team team = teams.findById(teamId).filter(t -> me.canSee(t.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Team", teamId));
        Volunteer v = volunteers.findById(volunteerId).filter(x -> visible(me, x))
                .orElseThrow(() -> new NotFoundException("Volunteer", volunteerId));
        team.join(v.getId());
        return teamView(team);
    }

    /** For start-up data: no caller check. */
    @Transactional
    public void addToTeamUnchecked(long teamId, long volunteerId) {
        teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId)).join(volunteerId);
    }

    @Transactional(readOnly = true)
    public Page<TeamView> teams(Pageable pageable) {
        CurrentUser me = CurrentUsers.require();
        return teams.search(me.scope().likePattern(), pageable).map(this::teamView);
    }

    @Transactional(readOnly = true)
    public TeamView team(long id) {
        CurrentUser me = CurrentUsers.require();
        return teams.findById(id).filter(t -> me.canSee(t.getRegionPath()) || me.scope().pathPrefix()
                .startsWith(t.getRegionPath())).map(this::teamView).orElseThrow(() -> new NotFoundException("Team", id));
    }

    /** A team's members the caller may see (staff in scope), by name. */
    @Transactional(readOnly = true)
    public List<VolunteerView> members(long teamId) {
        CurrentUser me = CurrentUsers.require();
        team(teamId);
        Team t = teams.findById(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
        return volunteers.findAllById(t.getMembers()).stream().filter(v -> visible(me, v)).map(this::view)
                .sorted(java.util.Comparator.comparing(VolunteerView::name)).toList();
    }

    /** The teams a volunteer the caller may see belongs to. */
    @Transactional(readOnly = true)
    public List<TeamView> teamsOf(long volunteerId) {
        get(volunteerId);
        return teams.withMember(volunteerId).stream().map(this::teamView).toList();
    }

    /** For other modules: the teams of a unit's party members. */
    @Transactional(readOnly = true)
    public List<TeamView> teamsOfUnit(long unitId) {
        return teams.findByUnitId(unitId).stream().map(this::teamView).toList();
    }

    private static boolean visible(CurrentUser me, Volunteer v) {
        return (v.getUserId() != null && v.getUserId() == me.id()) || (me.isStaff() && me.canSee(v.getRegionPath()));
    }

    VolunteerView view(Volunteer v) {
        return new VolunteerView(v.getId(), v.getName(), v.getVolunteerNumber(), v.getIdType(),
                Masking.idNumber(v.getIdNumber()), Masking.phone(v.getPhone()), v.skillSet(),
                v.getAvailability(), v.getUserId(), v.getResidentId(), v.isPartyMember(), v.getUnitId(),
                v.getPartyRegisteredOn(), v.getRegionId(), regions.nameOf(v.getRegionId()), v.getRegionPath(),
                v.getRegisteredAt());
    }

    TeamView teamView(Team t) {
        return new TeamView(t.getId(), t.getName(), t.getKind(), t.getUnitId(), t.getOrganisation(), t.getLeaderName(),
                t.getContactPhone(), t.getRegionId(), regions.nameOf(t.getRegionId()), t.getMembers().size());
    }

    private static String skills(Set<String> skills) {
        if (skills == null || skills.isEmpty()) {
            return null;
        }
        String joined = skills.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.joining(","));
        if (joined.length() > 500) {
            throw new InvalidInputException("skills", "at most 500 characters in all");
        }
        return joined.isEmpty() ? null : joined;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
