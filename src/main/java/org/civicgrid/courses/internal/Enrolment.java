package org.civicgrid.courses.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.courses.EnrolmentStatus;

/**
 * 报名 — one person's request for a class: an entry in the lottery, a seat, or a place on the waiting
 * list. One per person and class (a unique key); withdrawing removes it.
 */
@Entity
@Table(name = "course_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_enrolment_seq")
    @SequenceGenerator(name = "course_enrolment_seq", sequenceName = "course_enrolment_seq", allocationSize = 50)
    private Long id;

    private long courseId;
    private long userId;
    private String displayName;
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    private Long queueNo;
    private Instant requestedAt;
    private Instant seatedAt;

    protected Enrolment() {}

    private Enrolment(long courseId, long userId, String displayName, String regionPath, EnrolmentStatus status,
            Instant at) {
        this.courseId = courseId;
        this.userId = userId;
        this.displayName = displayName;
        this.regionPath = regionPath;
        this.status = status;
        this.requestedAt = at;
    }

    /** A lottery entry, waiting for the draw. */
    public static Enrolment entry(long courseId, long userId, String displayName, String regionPath, Instant at) {
        return new Enrolment(courseId, userId, displayName, regionPath, EnrolmentStatus.ENTERED, at);
    }

    /** A seat, already taken from the course's counter. */
    public static Enrolment seat(long courseId, long userId, String displayName, String regionPath, Instant at) {
        Enrolment e = new Enrolment(courseId, userId, displayName, regionPath, EnrolmentStatus.ENROLLED, at);
        e.seatedAt = at;
        return e;
    }

    /** A place on the waiting list; {@code queueNo} orders the list. */
    public static Enrolment waiting(long courseId, long userId, String displayName, String regionPath, Instant at,
            long queueNo) {
        Enrolment e = new Enrolment(courseId, userId, displayName, regionPath, EnrolmentStatus.WAITING, at);
        e.queueNo = queueNo;
        return e;
    }

    /** The draw gave this entry a seat. */
    public void seated(Instant at) {
        if (status != EnrolmentStatus.ENTERED) {
            throw new IllegalStateException("Only a lottery entry is seated by the draw, not " + status);
        }
        status = EnrolmentStatus.ENROLLED;
        seatedAt = at;
    }

    /** The draw put this entry on the waiting list at {@code queueNo}. */
    public void queued(long queueNo) {
        if (status != EnrolmentStatus.ENTERED) {
            throw new IllegalStateException("Only a lottery entry is queued by the draw, not " + status);
        }
        status = EnrolmentStatus.WAITING;
        this.queueNo = queueNo;
    }

    public Long getId() { return id; }
    public long getCourseId() { return courseId; }
    public long getUserId() { return userId; }
    public String getDisplayName() { return displayName; }
    public String getRegionPath() { return regionPath; }
    public EnrolmentStatus getStatus() { return status; }
    public Long getQueueNo() { return queueNo; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getSeatedAt() { return seatedAt; }
}
