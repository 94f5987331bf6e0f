package org.civicgrid.courses.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.shared.audit.Sensitive;

/**
 * 咨询时段 — one hour (or so) of one counsellor's time. Booking and cancelling go through guarded
 * updates in {@link CounsellingSlotRepository}; the unique keys refuse a counsellor twice at one start
 * and one person in two slots at once. The topic a resident gives is for the counsellor's eyes.
 */
@Entity
@Table(name = "counselling_slot")
public class CounsellingSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counselling_slot_seq")
    @SequenceGenerator(name = "counselling_slot_seq", sequenceName = "counselling_slot_seq", allocationSize = 50)
    private Long id;

    private long counsellorId;
    private long regionId;
    private String regionPath;
    private Instant startsAt;
    private Instant endsAt;
    private String room;
    private Long bookedBy;
    private Instant bookedAt;

    @Sensitive
    private String topic;

    @Version
    private long version;

    protected CounsellingSlot() {}

    public CounsellingSlot(long counsellorId, long regionId, String regionPath, Instant startsAt, Instant endsAt,
            String room) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A slot ends after it starts");
        }
        this.counsellorId = counsellorId;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
    }

    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    public boolean isBooked() {
        return bookedBy != null;
    }

    public Long getId() { return id; }
    public long getCounsellorId() { return counsellorId; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getRoom() { return room; }
    public Long getBookedBy() { return bookedBy; }
    public Instant getBookedAt() { return bookedAt; }
    public String getTopic() { return topic; }
}
