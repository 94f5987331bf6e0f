package org.civicgrid.notices.internal;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.notices.ApplicationStatus;
import org.civicgrid.notices.ServiceType;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.audit.Sensitive;
import org.civicgrid.shared.crypto.EncryptedString;

/**
 * 网上申请 — a resident's application for a service; a work item for the community worker. The steps
 * are here: accept, forward as a case (temporary assistance), complete, reject; the applicant may
 * withdraw it before it is taken on. Every step is also written to the application's history.
 */
@Entity
@Table(name = "service_application")
public class ServiceApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_application_seq")
    @SequenceGenerator(name = "service_application_seq", sequenceName = "service_application_seq", allocationSize = 50)
    private Long id;

    private long regionId;
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private long submittedBy;
    private String applicantName;

    @Sensitive
    @Convert(converter = EncryptedString.class)
    private String phone;

    @Sensitive
    private String address;

    @Sensitive
    private String details;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    private Instant submittedAt;
    private Instant updatedAt;
    private String handledBy;
    private String outcome;
    private Long caseId;
    private String caseStatus;

    @Version
    private long version;

    protected ServiceApplication() {}

    public ServiceApplication(long regionId, String regionPath, ServiceType serviceType, long submittedBy,
            String applicantName, String phone, String address, String details, Instant now) {
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.serviceType = serviceType;
        this.submittedBy = submittedBy;
        this.applicantName = applicantName;
        this.phone = phone;
        this.address = address;
        this.details = details;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** 受理 */
    public void accept(String worker, Instant now) {
        move(Set.of(ApplicationStatus.SUBMITTED), ApplicationStatus.ACCEPTED, now);
        handledBy = worker;
    }

    /** 转办 — only services that need departments beyond the community. */
    public void forward(String worker, Instant now) {
        if (!serviceType.forwardable()) {
            throw (ConflictException) new ConflictException("not-forwardable", "Cannot be forwarded",
                    serviceType + " is handled by the community itself").with("service_type", serviceType.name());
        }
        move(Set.of(ApplicationStatus.ACCEPTED), ApplicationStatus.FORWARDED, now);
        handledBy = worker;
    }

    /** 办结 */
    public void complete(String worker, String outcome, Instant now) {
        move(Set.of(ApplicationStatus.ACCEPTED, ApplicationStatus.FORWARDED), ApplicationStatus.COMPLETED, now);
        handledBy = worker;
        this.outcome = outcome;
    }

    /** 不予受理 — with the reason the applicant will read. */
    public void reject(String worker, String reason, Instant now) {
        move(Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.ACCEPTED), ApplicationStatus.REJECTED, now);
        handledBy = worker;
        this.outcome = reason;
    }

    /** 撤回 — by the applicant, before a worker takes it on. */
    public void withdraw(Instant now) {
        move(Set.of(ApplicationStatus.SUBMITTED), ApplicationStatus.WITHDRAWN, now);
    }

    /** Casework reports a step of the case this application became; a closed case completes it. */
    public boolean caseProgressed(long caseId, String caseStatus, boolean closed, Instant now) {
        this.caseId = caseId;
        this.caseStatus = caseStatus;
        this.updatedAt = now;
        if (closed && status == ApplicationStatus.FORWARDED) {
            status = ApplicationStatus.COMPLETED;
            outcome = "事件已办结（" + caseStatus + "）";
            return true;
        }
        return false;
    }

    private void move(Set<ApplicationStatus> from, ApplicationStatus to, Instant now) {
        if (!from.contains(status)) {
            throw (ConflictException) new ConflictException("illegal-transition", "Not allowed now",
                    "An application that is " + status + " cannot become " + to)
                    .with("application_id", id).with("current_status", status.name());
        }
        status = to;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public ServiceType getServiceType() { return serviceType; }
    public long getSubmittedBy() { return submittedBy; }
    public String getApplicantName() { return applicantName; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getDetails() { return details; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getHandledBy() { return handledBy; }
    public String getOutcome() { return outcome; }
    public Long getCaseId() { return caseId; }
    public String getCaseStatus() { return caseStatus; }
}
