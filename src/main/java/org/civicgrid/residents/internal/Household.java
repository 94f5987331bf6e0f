package org.civicgrid.residents.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/** 住户 — a household at one address, in a compound or directly in a grid. */
@Entity
@Table(name = "household")
@BatchSize(size = 50)
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    private Long id;

    private String address;
    private Long compoundId;
    private long gridId;
    private long regionId;
    private String regionPath;
    private String notes;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Household() {}

    public Household(Placement placement, String address, String notes, Instant now) {
        place(placement);
        this.address = address;
        this.notes = notes;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** @return true when the household moved to another region (its residents must follow) */
    public boolean change(Placement placement, String address, String notes, Instant now) {
        boolean moved = !placement.regionPath().equals(regionPath);
        place(placement);
        this.address = address;
        this.notes = notes;
        this.updatedAt = now;
        return moved;
    }

    private void place(Placement placement) {
        this.compoundId = placement.compoundId();
        this.gridId = placement.gridId();
        this.regionId = placement.regionId();
        this.regionPath = placement.regionPath();
    }

    public Long getId() { return id; }
    public String getAddress() { return address; }
    public Long getCompoundId() { return compoundId; }
    public long getGridId() { return gridId; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public String getNotes() { return notes; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
