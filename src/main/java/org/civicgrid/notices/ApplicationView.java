package org.civicgrid.notices;

import java.time.Instant;
import java.util.List;

/**
 * An online application. {@code phone} is whole only for the applicant and for a worker's detail view
 * (which is audited); lists carry it masked.
 */
public record ApplicationView(long id, long regionId, String regionPath, ServiceType serviceType, long submittedBy,
        String applicantName, String phone, String address, String details, ApplicationStatus status,
        Instant submittedAt, Instant updatedAt, String handledBy, String outcome, Long caseId, String caseStatus,
        List<Step> steps) {

    /** One entry of the application's history. */
    public record Step(Instant at, String actor, String action, String note) {}

    /** 138****5678 */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
