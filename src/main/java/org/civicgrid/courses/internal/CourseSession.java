package org.civicgrid.courses.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 课次 — one meeting of a class; a party lecture may meet in a member's home (送学上门). */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_session_seq")
    @SequenceGenerator(name = "course_session_seq", sequenceName = "course_session_seq", allocationSize = 50)
    private Long id;

    private long courseId;
    private String regionPath;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String topic;
    private boolean memberHome;
    private String hostName;

    protected CourseSession() {}

    public CourseSession(long courseId, String regionPath, Instant startsAt, Instant endsAt, String place, String topic,
            boolean memberHome, String hostName) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session ends after it starts");
        }
        this.courseId = courseId;
        this.regionPath = regionPath;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.topic = topic;
        this.memberHome = memberHome;
        this.hostName = memberHome ? hostName : null;
    }

    public boolean heldBy(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long getId() { return id; }
    public long getCourseId() { return courseId; }
    public String getRegionPath() { return regionPath; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getTopic() { return topic; }
    public boolean isMemberHome() { return memberHome; }
    public String getHostName() { return hostName; }
}
