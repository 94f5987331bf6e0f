package org.civicgrid.courses.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 心理咨询师 — a counsellor of a community's counselling room, linked to their own account. */
@Entity
@Table(name = "counsellor")
public class Counsellor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "counsellor_seq")
    @SequenceGenerator(name = "counsellor_seq", sequenceName = "counsellor_seq", allocationSize = 50)
    private Long id;

    private long userId;
    private String displayName;
    private String qualification;
    private long regionId;
    private String regionPath;
    private boolean active = true;

    protected Counsellor() {}

    public Counsellor(long userId, String displayName, String qualification, long regionId, String regionPath) {
        this.userId = userId;
        this.displayName = displayName;
        this.qualification = qualification;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public String getDisplayName() { return displayName; }
    public String getQualification() { return qualification; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public boolean isActive() { return active; }
}
