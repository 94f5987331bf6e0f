package org.civicgrid.pairing.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 共建实施方案 — a pairing's yearly co-building plan. Its content lives in immutable {@link PlanVersion}s; a
 * revision adds a version and moves {@code currentVersion}. {@code @Version} makes two simultaneous revisions
 * collide instead of both claiming the same number.
 */
@Entity
@Table(name = "pairing_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_plan_seq")
    @SequenceGenerator(name = "pairing_plan_seq", sequenceName = "pairing_plan_seq", allocationSize = 50)
    private Long id;

    private long pairingId;
    private int currentVersion;
    private long regionId;
    private String regionPath;

    @Version
    private long version;

    protected Plan() {}

    public Plan(long pairingId, long regionId, String regionPath) {
        this.pairingId = pairingId;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    /** @return the number of the next version, now current */
    public int nextVersion() {
        return ++currentVersion;
    }

    public Long getId() { return id; }
    public long getPairingId() { return pairingId; }
    public int getCurrentVersion() { return currentVersion; }
    public String getRegionPath() { return regionPath; }
}
