package org.civicgrid.volunteering.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.volunteering.CheckMethod;
import org.civicgrid.volunteering.SignUpStatus;

/**
 * 报名 — one volunteer's place in one activity, and the service it became: checked in, checked out, and the
 * minutes between (a correction by an organiser replaces them, with its reason; the audit log keeps the old).
 */
@Entity
@Table(name = "volunteer_sign_up")
public class SignUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_sign_up_seq")
    @SequenceGenerator(name = "volunteer_sign_up_seq", sequenceName = "volunteer_sign_up_seq", allocationSize = 50)
    private Long id;

    private long activityId;
    private long volunteerId;

    @Enumerated(EnumType.STRING)
    private SignUpStatus status;

    private Instant signedUpAt;
    private Instant checkedInAt;

    @Enumerated(EnumType.STRING)
    private CheckMethod checkInMethod;

    private Instant checkedOutAt;

    @Enumerated(EnumType.STRING)
    private CheckMethod checkOutMethod;

    private Integer serviceMinutes;
    private String correctionReason;
    private String correctedBy;
    private Instant correctedAt;
    private long regionId;
    private String regionPath;

    @Version
    private long version;

    protected SignUp() {}

    public SignUp(long activityId, long volunteerId, long regionId, String regionPath, Instant now) {
        this.activityId = activityId;
        this.volunteerId = volunteerId;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.status = SignUpStatus.SIGNED_UP;
        this.signedUpAt = now;
    }

    /** Takes the place again after a cancellation. */
    public void renew(Instant now) {
        if (status != SignUpStatus.CANCELLED) {
            throw state("already-signed-up", "Already signed up", "The volunteer already holds a place");
        }
        status = SignUpStatus.SIGNED_UP;
        signedUpAt = now;
    }

    public void cancel() {
        if (status != SignUpStatus.SIGNED_UP) {
            throw state("sign-up-not-cancellable", "Cannot cancel", "Only a place not yet used can be given back");
        }
        status = SignUpStatus.CANCELLED;
    }

    public void checkIn(Instant at, CheckMethod method) {
        if (status != SignUpStatus.SIGNED_UP) {
            throw state("not-checkable-in", "Cannot check in", "Only a volunteer who signed up and is not yet in can check in");
        }
        status = SignUpStatus.CHECKED_IN;
        checkedInAt = at;
        checkInMethod = method;
    }

    public void checkOut(Instant at, CheckMethod method) {
        if (status != SignUpStatus.CHECKED_IN) {
            throw state("not-checked-in", "Cannot check out", "Only a volunteer who checked in can check out");
        }
        if (at.isBefore(checkedInAt)) {
            throw new InvalidInputException("checked_out_at", "check-out cannot be before check-in");
        }
        status = SignUpStatus.COMPLETED;
        checkedOutAt = at;
        checkOutMethod = method;
        serviceMinutes = ServicePolicy.serviceMinutes(checkedInAt, checkedOutAt);
    }

    /** 时长更正 — an organiser sets the hours, giving a reason. */
    public void correct(int minutes, String reason, String by, Instant at) {
        if (status != SignUpStatus.COMPLETED) {
            throw state("not-completed", "Cannot correct", "Only a completed service's hours can be corrected");
        }
        ServicePolicy.requireCorrection(minutes, reason);
        serviceMinutes = minutes;
        correctionReason = reason.trim();
        correctedBy = by;
        correctedAt = at;
    }

    private ConflictException state(String type, String title, String detail) {
        return (ConflictException) new ConflictException(type, title, detail).with("signUpId", id)
                .with("currentStatus", status.name());
    }

    public Long getId() { return id; }
    public long getActivityId() { return activityId; }
    public long getVolunteerId() { return volunteerId; }
    public SignUpStatus getStatus() { return status; }
    public Instant getSignedUpAt() { return signedUpAt; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public CheckMethod getCheckInMethod() { return checkInMethod; }
    public Instant getCheckedOutAt() { return checkedOutAt; }
    public CheckMethod getCheckOutMethod() { return checkOutMethod; }
    public Integer getServiceMinutes() { return serviceMinutes; }
    public String getCorrectionReason() { return correctionReason; }
    public String getCorrectedBy() { return correctedBy; }
    public Instant getCorrectedAt() { return correctedAt; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
