package org.civicgrid.enforcement.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.enforcement.RoadView;

/** 路段 — a road operations patrol, with an approximate line or point for the hot-spot map. */
@Entity
@Table(name = "enforcement_road")
public class Road {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_road_seq")
    @SequenceGenerator(name = "enforcement_road_seq", sequenceName = "enforcement_road_seq", allocationSize = 50)
    private Long id;

    private String name;
    private long regionId;
    private String regionPath;

    @Column(name = "geometry_geojson")
    private String geometryGeojson;

    private Double centerLat;
    private Double centerLng;
    private Instant createdAt;

    @Version
    private long version;

    protected Road() {}

    public Road(String name, long regionId, String regionPath, String geometryGeojson, Double centerLat,
            Double centerLng, Instant createdAt) {
        this.name = name;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.geometryGeojson = geometryGeojson;
        this.centerLat = centerLat;
        this.centerLng = centerLng;
        this.createdAt = createdAt;
    }

    public RoadView toView(String regionName) {
        return new RoadView(id, name, regionId, regionPath, regionName, centerLat, centerLng, geometryGeojson);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public String getGeometryGeojson() { return geometryGeojson; }
    public Double getCenterLat() { return centerLat; }
    public Double getCenterLng() { return centerLng; }
}
