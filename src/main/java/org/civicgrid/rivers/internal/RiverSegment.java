package org.civicgrid.rivers.internal;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 河段 — the part of a water body inside one region, drawn as a GeoJSON line or polygon. */
@Entity
@Table(name = "river_segment")
public class RiverSegment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_segment_seq")
    @SequenceGenerator(name = "river_segment_seq", sequenceName = "river_segment_seq", allocationSize = 50)
    private Long id;
    private long waterBodyId;
    private String name;
    private BigDecimal lengthKm;
    private String geometryGeojson;
    private Double centerLat;
    private Double centerLng;
    private long regionId;
    private String regionPath;
    @Version
    private long version;

    protected RiverSegment() {}

    public RiverSegment(long waterBodyId, String name, BigDecimal lengthKm, String geometryGeojson, Double centerLat,
            Double centerLng, long regionId, String regionPath) {
        this.waterBodyId = waterBodyId;
        this.name = name;
        this.lengthKm = lengthKm;
        this.geometryGeojson = geometryGeojson;
        this.centerLat = centerLat;
        this.centerLng = centerLng;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public long getWaterBodyId() { return waterBodyId; }
    public String getName() { return name; }
    public BigDecimal getLengthKm() { return lengthKm; }
    public String getGeometryGeojson() { return geometryGeojson; }
    public Double getCenterLat() { return centerLat; }
    public Double getCenterLng() { return centerLng; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
