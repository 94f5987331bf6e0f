package org.civicgrid.volunteering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrid.region.Regions;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.civicgrid.volunteering.ActivityType;
import org.civicgrid.volunteering.CheckMethod;
import org.civicgrid.volunteering.IdType;
import org.civicgrid.volunteering.SignUpStatus;
import org.civicgrid.volunteering.TeamKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's volunteer registration in their copy of their data: the profile with the ID number and phone
 * whole, the teams, every sign-up with its check-in, check-out and minutes, and the certificates issued.
 * Null when the account never registered as a volunteer. Other people stay out: no team leader, no
 * organiser who corrected the hours, no fellow volunteers.
 */
@Component
class VolunteeringPersonalData implements PersonalDataSection {

    record MyVolunteering(Profile profile, List<TeamMembership> teams, List<MySignUp> signUps,
            long totalServiceMinutes, List<MyCertificate> certificates) {}

    /** @param unitId the paired unit of an in-post party member (在职党员), null otherwise */
    record Profile(String volunteerNumber, String name, IdType idType, String idNumber, String phone,
            List<String> skills, String availability, boolean partyMember, Long unitId, LocalDate partyRegisteredOn,
            long regionId, String regionName, Long residentId, Instant registeredAt) {}

    /** The day one joined a team is not kept. */
    record TeamMembership(long teamId, String name, TeamKind kind, String organisation, String regionName) {}

    /** @param serviceMinutes credited on check-out (or as an organiser corrected them); null before */
    record MySignUp(long activityId, String activityTitle, ActivityType activityType, String place,
            Instant startsAt, Instant endsAt, String organisation, SignUpStatus status, Instant signedUpAt,
            Instant checkedInAt, CheckMethod checkInMethod, Instant checkedOutAt, CheckMethod checkOutMethod,
            Integer serviceMinutes, String correctionReason, Instant correctedAt) {}

    record MyCertificate(String number, String organisation, int totalMinutes, int services, LocalDate issuedOn) {}

    private final VolunteerRepository volunteers;
    private final TeamRepository teams;
    private final SignUpRepository signUps;
    private final ActivityRepository activities;
    private final CertificateRepository certificates;
    private final Regions regions;

    VolunteeringPersonalData(VolunteerRepository volunteers, TeamRepository teams, SignUpRepository signUps,
            ActivityRepository activities, CertificateRepository certificates, Regions regions) {
        this.volunteers = volunteers;
        this.teams = teams;
        this.signUps = signUps;
        this.activities = activities;
        this.certificates = certificates;
        this.regions = regions;
    }

    @Override
    public String id() {
        return "volunteering";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public MyVolunteering collect(long userId) {
        Volunteer v = volunteers.findByUserId(userId).orElse(null);
        if (v == null) {
            return null;
        }
        Profile profile = new Profile(v.getVolunteerNumber(), v.getName(), v.getIdType(), v.getIdNumber(),
                v.getPhone(), List.copyOf(v.skillSet()), v.getAvailability(), v.isPartyMember(), v.getUnitId(),
                v.getPartyRegisteredOn(), v.getRegionId(), regions.nameOf(v.getRegionId()), v.getResidentId(),
                v.getRegisteredAt());
        List<TeamMembership> memberships = teams.withMember(v.getId()).stream()
                .map(t -> new TeamMembership(t.getId(), t.getName(), t.getKind(), t.getOrganisation(),
                        regions.nameOf(t.getRegionId())))
                .toList();
        List<SignUp> mine = signUps.findByVolunteerIdOrderBySignedUpAtDesc(v.getId());
        Map<Long, Activity> byId = activities.findAllById(mine.stream().map(SignUp::getActivityId).distinct().toList())
                .stream().collect(Collectors.toMap(Activity::getId, Function.identity()));
        List<MySignUp> signUpLines = mine.stream().map(s -> {
            Activity a = byId.get(s.getActivityId());
            return new MySignUp(a.getId(), a.getTitle(), a.getType(), a.getPlace(), a.getStartsAt(), a.getEndsAt(),
                    a.getOrganisation(), s.getStatus(), s.getSignedUpAt(), s.getCheckedInAt(), s.getCheckInMethod(),
                    s.getCheckedOutAt(), s.getCheckOutMethod(), s.getServiceMinutes(), s.getCorrectionReason(),
                    s.getCorrectedAt());
        }).toList();
        long totalMinutes = mine.stream()
                .filter(s -> s.getStatus() == SignUpStatus.COMPLETED && s.getServiceMinutes() != null)
                .mapToLong(SignUp::getServiceMinutes).sum();
        List<MyCertificate> issued = certificates.findByVolunteerIdOrderByIssuedOnDescIdDesc(v.getId()).stream()
                .map(c -> new MyCertificate(c.getNumber(), c.getOrganisation(), c.getTotalMinutes(), c.getServices(),
                        c.getIssuedOn()))
                .toList();
        return new MyVolunteering(profile, memberships, signUpLines, totalMinutes, issued);
    }
}
