package org.civicgrid.volunteering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the volunteering module shows other modules and its controllers. */
public final class Views {

    private Views() {}

    /** Minutes as hours with two decimals, as records and certificates show them. */
    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** A volunteer; {@code idNumberMasked} never holds the whole number. */
    public record VolunteerView(long id, String name, String volunteerNumber, IdType idType, String idNumberMasked,
            String phoneMasked, Set<String> skills, String availability, Long userId, Long residentId,
            boolean partyMember, Long unitId, LocalDate partyRegisteredOn, long regionId, String regionName,
            String regionPath, Instant registeredAt) {}

    public record TeamView(long id, String name, TeamKind kind, Long unitId, String organisation, String leaderName,
            String contactPhone, long regionId, String regionName, int members) {}

    public record ActivityView(long id, String title, ActivityType type, String description, String place, Double lat,
            Double lng, int radiusM, Instant startsAt, Instant endsAt, int capacity, int signedUp, Long teamId,
            String teamName, Long organiserUserId, String organisation, String responsiblePerson, String contactPhone,
            String status, long regionId, String regionName, String regionPath) {

        public int placesLeft() {
            return Math.max(0, capacity - signedUp);
        }
    }

    public record SignUpView(long id, long activityId, long volunteerId, String volunteerName, String volunteerNumber,
            SignUpStatus status, Instant signedUpAt, Instant checkedInAt, CheckMethod checkInMethod,
            Instant checkedOutAt, CheckMethod checkOutMethod, Integer serviceMinutes, String correctionReason,
            String correctedBy, Instant correctedAt) {

        public BigDecimal hours() {
            return serviceMinutes == null ? null : Views.hours(serviceMinutes);
        }
    }

    /** One completed service in a volunteer's record: time, place, content, hours. */
    public record ServiceLine(long signUpId, long activityId, String title, ActivityType type, String place,
            Instant startedAt, Instant endedAt, int minutes, String organisation, boolean corrected) {

        public BigDecimal hours() {
            return Views.hours(minutes);
        }
    }

    /** 志愿服务记录 — a volunteer's basic information and service history. */
    public record VolunteerRecord(VolunteerView volunteer, List<ServiceLine> services, long totalMinutes,
            List<CertificateView> certificates) {

        public BigDecimal totalHours() {
            return Views.hours(totalMinutes);
        }
    }

    public record CertificateView(long id, String number, String organisation, String responsiblePerson,
            String contactPhone, int totalMinutes, int services, LocalDate issuedOn, String issuedBy) {

        public BigDecimal hours() {
            return Views.hours(totalMinutes);
        }
    }

    /** One in-post party member's duty in one month. */
    public record DutyLine(long volunteerId, String name, Long unitId, long communityId, String communityName,
            LocalDate registeredOn, boolean owes, int services, boolean behind) {}

    /** A service project counted per day, with its totals computed from the daily records. */
    public record ProjectView(long id, String name, String description, String unitLabel, int beneficiaries,
            LocalDate startedOn, Long teamId, String teamName, long regionId, String regionName, long days,
            long totalServings, LocalDate firstDay, LocalDate lastDay) {}

    public record ProjectYear(int year, long days, long servings) {}
}
