package org.civicgrid.courses.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 考勤 — whether one enrolled person came to one session. */
@Entity
@Table(name = "course_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_attendance_seq")
    @SequenceGenerator(name = "course_attendance_seq", sequenceName = "course_attendance_seq", allocationSize = 50)
    private Long id;

    private long sessionId;
    private long courseId;
    private long userId;
    private boolean present;
    private String recordedBy;
    private Instant recordedAt;

    protected Attendance() {}

    public Attendance(long sessionId, long courseId, long userId, boolean present, String recordedBy, Instant at) {
        this.sessionId = sessionId;
        this.courseId = courseId;
        this.userId = userId;
        mark(present, recordedBy, at);
    }

    public void mark(boolean present, String recordedBy, Instant at) {
        this.present = present;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public long getSessionId() { return sessionId; }
    public long getCourseId() { return courseId; }
    public long getUserId() { return userId; }
    public boolean isPresent() { return present; }
    public Instant getRecordedAt() { return recordedAt; }
}
