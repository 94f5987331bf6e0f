package org.civicgrid.courses.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.shared.audit.Sensitive;

/** 咨询记录 — a counsellor's note on a session; only counsellors of the room read it. */
@Entity
@Table(name = "counselling_note")
public class CounsellingNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counselling_note_seq")
    @SequenceGenerator(name = "counselling_note_seq", sequenceName = "counselling_note_seq", allocationSize = 50)
    private Long id;

    private long slotId;
    private long counsellorId;

    @Sensitive
    private String body;

    private Instant writtenAt;

    protected CounsellingNote() {}

    public CounsellingNote(long slotId, long counsellorId, String body, Instant writtenAt) {
        this.slotId = slotId;
        this.counsellorId = counsellorId;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long getId() { return id; }
    public long getSlotId() { return slotId; }
    public long getCounsellorId() { return counsellorId; }
    public String getBody() { return body; }
    public Instant getWrittenAt() { return writtenAt; }
}
