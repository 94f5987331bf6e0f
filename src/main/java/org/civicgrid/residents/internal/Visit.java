package org.civicgrid.residents.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * 走访记录 — what a worker found on a visit to a household or one of its residents. Written once,
 * never changed; it keeps the region the household had on the day.
 */
@Entity
@Table(name = "visit")
@Immutable
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
    @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    private Instant visitedAt;
    private long visitorId;
    private String visitorName;
    private String findings;
    private boolean followUpNeeded;
    private String followUp;
    private String photo;
    private long regionId;
    private String regionPath;
    private Instant createdAt;

    protected Visit() {}

    public Visit(Household household, Resident resident, Instant visitedAt, long visitorId, String visitorName,
            String findings, boolean followUpNeeded, String followUp, String photo, Instant now) {
        this.household = household;
        this.resident = resident;
        this.visitedAt = visitedAt;
        this.visitorId = visitorId;
        this.visitorName = visitorName;
        this.findings = findings;
        this.followUpNeeded = followUpNeeded;
        this.followUp = followUp;
        this.photo = photo;
        this.regionId = household.getRegionId();
        this.regionPath = household.getRegionPath();
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Household getHousehold() { return household; }
    public Resident getResident() { return resident; }
    public Instant getVisitedAt() { return visitedAt; }
    public long getVisitorId() { return visitorId; }
    public String getVisitorName() { return visitorName; }
    public String getFindings() { return findings; }
    public boolean isFollowUpNeeded() { return followUpNeeded; }
    public String getFollowUp() { return followUp; }
    public String getPhoto() { return photo; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getCreatedAt() { return createdAt; }
}
