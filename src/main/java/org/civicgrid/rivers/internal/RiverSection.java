package org.civicgrid.rivers.internal;

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

import org.civicgrid.rivers.BlackOdorousGrade;
import org.civicgrid.rivers.WaterClass;

/** 监测断面 — a monitoring section on a segment; remembers its latest class for the map. */
@Entity
@Table(name = "river_section")
public class RiverSection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_section_seq")
    @SequenceGenerator(name = "river_section_seq", sequenceName = "river_section_seq", allocationSize = 50)
    private Long id;
    private long segmentId;
    private long waterBodyId;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private WaterClass targetClass;
    private double lat;
    private double lng;
    @Enumerated(EnumType.STRING)
    private WaterClass latestClass;
    @Enumerated(EnumType.STRING)
    private BlackOdorousGrade latestGrade;
    private Instant latestAt;
    private long regionId;
    private String regionPath;
    @Version
    private long version;

    protected RiverSection() {}

    public RiverSection(RiverSegment segment, String code, String name, WaterClass targetClass, double lat, double lng) {
        this.segmentId = segment.getId();
        this.waterBodyId = segment.getWaterBodyId();
        this.regionId = segment.getRegionId();
        this.regionPath = segment.getRegionPath();
        this.code = code;
        this.name = name;
        this.targetClass = targetClass;
        this.lat = lat;
        this.lng = lng;
    }

    /**
     * Takes a new sample's class; returns the class it replaced when the new one is worse (a drop), else null.
     * A sample older than the latest one changes nothing.
     */
    public WaterClass sampled(WaterClass cls, BlackOdorousGrade grade, Instant at) {
        if (latestAt != null && !at.isAfter(latestAt)) {
            return null;
        }
        WaterClass before = latestClass;
        latestClass = cls;
        latestGrade = grade;
        latestAt = at;
        return before != null && cls.isWorseThan(before) ? before : null;
    }

    public Long getId() { return id; }
    public long getSegmentId() { return segmentId; }
    public long getWaterBodyId() { return waterBodyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public WaterClass getTargetClass() { return targetClass; }
    public double getLat() { return lat; }
    public double getLng() { return lng; }
    public WaterClass getLatestClass() { return latestClass; }
    public BlackOdorousGrade getLatestGrade() { return latestGrade; }
    public Instant getLatestAt() { return latestAt; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
