package org.civicgrid.volunteering.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.civicgrid.shared.InvalidInputException;

/** The rules of volunteer service, each with its own test. */
public final class ServicePolicy {

    /** Longest service one sign-up may record (a whole day); longer needs an organiser's correction. */
    public static final int MAX_MINUTES = 24 * 60;
    /** How early before the start a volunteer may check in on a phone. */
    public static final Duration EARLY_CHECK_IN = Duration.ofMinutes(60);
    /** How long after the end a volunteer may still check out on a phone. */
    public static final Duration LATE_CHECK_OUT = Duration.ofHours(3);
    /** 每名党员至少每月在社区开展1次"文明实践微服务". */
    public static final int MICRO_SERVICES_PER_MONTH = 1;

    private ServicePolicy() {}

    /**
     * Service minutes between check-in and check-out, as instants: a service from 22:30 to 01:15 the next
     * day is 165 minutes, whatever the calendar dates say.
     */
    public static int serviceMinutes(Instant checkedIn, Instant checkedOut) {
        long minutes = Duration.between(checkedIn, checkedOut).toMinutes();
        if (minutes < 0) {
            throw new InvalidInputException("checked_out_at", "check-out cannot be before check-in");
        }
        return (int) Math.min(minutes, MAX_MINUTES);
    }

    /** A correction needs a plausible number of minutes and a reason someone can read later. */
    public static void requireCorrection(int minutes, String reason) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new InvalidInputException("minutes", "between 0 and " + MAX_MINUTES + " minutes");
        }
        if (reason == null || reason.trim().length() < 2) {
            throw new InvalidInputException("reason", "give the reason for the correction");
        }
    }

    /** Metres between two points on the earth (haversine). */
    public static double distanceMetres(double lat1, double lng1, double lat2, double lng2) {
        double r = 6_371_000;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** A phone check-in counts only near the place: within the activity's radius. */
    public static boolean nearThePlace(double lat, double lng, Double placeLat, Double placeLng, int radiusM) {
        return placeLat != null && placeLng != null && distanceMetres(lat, lng, placeLat, placeLng) <= radiusM;
    }

    /** A phone check-in is possible from an hour before the start until the end. */
    public static boolean checkInOpen(Instant now, Instant startsAt, Instant endsAt) {
        return !now.isBefore(startsAt.minus(EARLY_CHECK_IN)) && !now.isAfter(endsAt);
    }

    /** A phone check-out is possible until three hours after the end. */
    public static boolean checkOutOpen(Instant now, Instant endsAt) {
        return !now.isAfter(endsAt.plus(LATE_CHECK_OUT));
    }

    /**
     * An in-post party member owes the month's micro-service from the first whole month after registering
     * with the community (registering on the 1st counts the month itself).
     */
    public static boolean owesMicroService(LocalDate registeredOn, YearMonth month) {
        return registeredOn != null && !registeredOn.isAfter(month.atDay(1));
    }

    /** Behind for the month: owes it and has done fewer than the minimum. */
    public static boolean behind(LocalDate registeredOn, YearMonth month, int servicesInMonth) {
        return owesMicroService(registeredOn, month) && servicesInMonth < MICRO_SERVICES_PER_MONTH;
    }
}
