package org.civicgrid.rivers.internal;

import java.math.BigDecimal;
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

import org.civicgrid.rivers.WaterbodyType;

/** 一河一档 — a river, lake or reservoir in the registry, with the region that spans it. */
@Entity
@Table(name = "river_water_body")
public class RiverWaterBody {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_water_body_seq")
    @SequenceGenerator(name = "river_water_body_seq", sequenceName = "river_water_body_seq", allocationSize = 50)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private WaterbodyType bodyType;
    private BigDecimal lengthKm;
    private BigDecimal areaKm2;
    private String basin;
    private String description;
    private long regionId;
    private String regionPath;
    private Instant createdAt;
    @Version
    private long version;

    protected RiverWaterBody() {}

    public RiverWaterBody(String code, String name, WaterbodyType bodyType, BigDecimal lengthKm, BigDecimal areaKm2,
            String basin, String description, long regionId, String regionPath, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.bodyType = bodyType;
        this.lengthKm = lengthKm;
        this.areaKm2 = areaKm2;
        this.basin = basin;
        this.description = description;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public WaterbodyType getBodyType() { return bodyType; }
    public BigDecimal getLengthKm() { return lengthKm; }
    public BigDecimal getAreaKm2() { return areaKm2; }
    public String getBasin() { return basin; }
    public String getDescription() { return description; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getCreatedAt() { return createdAt; }
}
