package org.civicgrid.pairing.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 联点 — one unit paired with one community for one year; it belongs to the community's region. */
@Entity
@Table(name = "pairing")
public class Pairing {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_seq")
    @SequenceGenerator(name = "pairing_seq", sequenceName = "pairing_seq", allocationSize = 50)
    private Long id;

    private long unitId;
    private long communityId;

    @Column(name = "pairing_year")
    private int year;

    private long regionId;
    private String regionPath;
    private Instant createdAt;

    @Version
    private long version;

    protected Pairing() {}

    public Pairing(long unitId, long communityId, int year, String communityPath, Instant now) {
        this.unitId = unitId;
        this.communityId = communityId;
        this.year = year;
        this.regionId = communityId;
        this.regionPath = communityPath;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getUnitId() { return unitId; }
    public long getCommunityId() { return communityId; }
    public int getYear() { return year; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
