package org.civicgrid.region.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;

/** 区域 — one node of the region tree; grids carry a boundary polygon as GeoJSON. */
@Entity
@Table(name = "region")
public class Region {

    /** Assigned from {@code region_seq} before the region is created, because the path contains it. */
    @Id
    private Long id;

    private Long parentId;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    private String code;
    private String name;
    private String path;
    private int depth;
    private int sortOrder;

    @Column(name = "boundary_geojson")
    private String boundaryGeojson;

    private Double centerLat;
    private Double centerLng;
    private Integer compounds;
    private Integer households;
    private Integer residents;
    private Integer partyMembers;
    private Integer residentUnits;
    private Instant updatedAt;

    protected Region() {}

    public Region(long id, Region parent, RegionLevel level, String code, String name, int sortOrder) {
        if (parent != null && !parent.level.isAbove(level)) {
            throw new IllegalArgumentException(level + " cannot sit under " + parent.level);
        }
        this.id = id;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
        this.level = level;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.updatedAt = Instant.now();
    }

    public void locate(Double lat, Double lng, String boundaryGeojson) {
        this.centerLat = lat;
        this.centerLng = lng;
        this.boundaryGeojson = boundaryGeojson;
        this.updatedAt = Instant.now();
    }

    public void publishFigures(RegionRef.Figures figures) {
        this.compounds = figures.compounds();
        this.households = figures.households();
        this.residents = figures.residents();
        this.partyMembers = figures.partyMembers();
        this.residentUnits = figures.residentUnits();
        this.updatedAt = Instant.now();
    }

    public RegionRef toRef() {
        return new RegionRef(id, parentId, level, code, name, path, centerLat, centerLng,
                new RegionRef.Figures(compounds, households, residents, partyMembers, residentUnits));
    }

    public Long getId() { return id; }
    public Long getParentId() { return parentId; }
    public RegionLevel getLevel() { return level; }
    public String getName() { return name; }
    public String getPath() { return path; }
    public String getBoundaryGeojson() { return boundaryGeojson; }
    public int getSortOrder() { return sortOrder; }
}
