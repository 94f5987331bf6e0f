package org.civicgrid.rivers.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A photo taken on a patrol (stored by the upload store; only its name is kept here). */
@Entity
@Table(name = "river_patrol_photo")
public class RiverPatrolPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_patrol_photo_seq")
    @SequenceGenerator(name = "river_patrol_photo_seq", sequenceName = "river_patrol_photo_seq", allocationSize = 50)
    private Long id;
    private long patrolId;
    private String fileName;
    private String caption;
    private Instant uploadedAt;

    protected RiverPatrolPhoto() {}

    public RiverPatrolPhoto(long patrolId, String fileName, String caption, Instant uploadedAt) {
        this.patrolId = patrolId;
        this.fileName = fileName;
        this.caption = caption;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getPatrolId() { return patrolId; }
    public String getFileName() { return fileName; }
    public String getCaption() { return caption; }
    public Instant getUploadedAt() { return uploadedAt; }
}
