package org.civicgrid.rivers.internal;

import java.time.Duration;
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

import org.civicgrid.rivers.PatrolStatus;
import org.civicgrid.shared.ConflictException;

/** 巡河 — one chief walking (or boating) one segment: started, tracked, ended; or entered afterwards. */
@Entity
@Table(name = "river_patrol")
public class RiverPatrol {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_patrol_seq")
    @SequenceGenerator(name = "river_patrol_seq", sequenceName = "river_patrol_seq", allocationSize = 50)
    private Long id;
    private long chiefId;
    private long segmentId;
    private long regionId;
    private String regionPath;
    @Enumerated(EnumType.STRING)
    private PatrolStatus status;
    private Instant startedAt;
    private Instant endedAt;
    private Long durationSeconds;
    private Double distanceMetres;
    private int pointCount;
    private String notes;
    private boolean enteredAfterwards;
    private String recordedBy;
    @Version
    private long version;

    protected RiverPatrol() {}

    private RiverPatrol(long chiefId, RiverSegment segment, Instant startedAt, String recordedBy) {
        this.chiefId = chiefId;
        this.segmentId = segment.getId();
        this.regionId = segment.getRegionId();
        this.regionPath = segment.getRegionPath();
        this.startedAt = startedAt;
        this.recordedBy = recordedBy;
        this.status = PatrolStatus.IN_PROGRESS;
    }

    /** Starts a patrol now, on a phone. */
    public static RiverPatrol start(long chiefId, RiverSegment segment, Instant now, String by) {
        return new RiverPatrol(chiefId, segment, now, by);
    }

    /** Records a patrol that took place earlier (paper notes, no phone); complete from the start. */
    public static RiverPatrol enteredAfterwards(long chiefId, RiverSegment segment, Instant startedAt, Instant endedAt,
            double distanceMetres, String notes, String by) {
        RiverPatrol p = new RiverPatrol(chiefId, segment, startedAt, by);
        p.enteredAfterwards = true;
        p.notes = notes;
        p.finish(endedAt, distanceMetres);
        return p;
    }

    /** Points may arrive only while the patrol is under way. */
    public void checkTracking() {
        if (status != PatrolStatus.IN_PROGRESS) {
            throw notInProgress();
        }
    }

    public void pointsAdded(int added) {
        checkTracking();
        pointCount += added;
    }

    public void note(String text) {
        checkTracking();
        notes = notes == null ? text : notes + "\n" + text;
        if (notes.length() > 4000) {
            notes = notes.substring(notes.length() - 4000);
        }
    }

    /** 结束巡河 — duration from start to end, distance along the track. */
    public void end(Instant now, double trackMetres) {
        checkTracking();
        finish(now, trackMetres);
    }

    private void finish(Instant end, double metres) {
        this.endedAt = end;
        this.durationSeconds = Math.max(0, Duration.between(startedAt, end).getSeconds());
        this.distanceMetres = metres;
        this.status = PatrolStatus.COMPLETED;
    }

    private ConflictException notInProgress() {
        return (ConflictException) new ConflictException("patrol-not-in-progress", "Patrol has ended",
                "This patrol has already ended; start a new one").with("currentStatus", status.name());
    }

    public Long getId() { return id; }
    public long getChiefId() { return chiefId; }
    public long getSegmentId() { return segmentId; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public PatrolStatus getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public Long getDurationSeconds() { return durationSeconds; }
    public Double getDistanceMetres() { return distanceMetres; }
    public int getPointCount() { return pointCount; }
    public String getNotes() { return notes; }
    public boolean isEnteredAfterwards() { return enteredAfterwards; }
    public String getRecordedBy() { return recordedBy; }
}
