package org.civicgrid.rivers.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 河湖问题 — something a patrol (or a monitoring section) found; casework handles it as a case. */
@Entity
@Table(name = "river_problem")
public class RiverProblem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_problem_seq")
    @SequenceGenerator(name = "river_problem_seq", sequenceName = "river_problem_seq", allocationSize = 50)
    private Long id;
    private Long patrolId;
    private long segmentId;
    private long waterBodyId;
    private String categoryCode;
    private String description;
    @jakarta.persistence.Column(name = "area_m2")
    private BigDecimal areaM2;
    private Double lat;
    private Double lng;
    private String address;
    private long regionId;
    private String regionPath;
    private Instant foundAt;
    private String reportedBy;
    private Long caseId;
    private String caseStatus;
    private Instant caseUpdatedAt;
    private boolean closed;
    @Version
    private long version;

    protected RiverProblem() {}

    public RiverProblem(Long patrolId, RiverSegment segment, String categoryCode, String description, BigDecimal areaM2,
            Double lat, Double lng, String address, Instant foundAt, String reportedBy) {
        this.patrolId = patrolId;
        this.segmentId = segment.getId();
        this.waterBodyId = segment.getWaterBodyId();
        this.regionId = segment.getRegionId();
        this.regionPath = segment.getRegionPath();
        this.categoryCode = categoryCode;
        this.description = description;
        this.areaM2 = areaM2;
        this.lat = lat;
        this.lng = lng;
        this.address = address;
        this.foundAt = foundAt;
        this.reportedBy = reportedBy;
    }

    /** Casework reported a step; once closed the problem leaves the river's page. Late or repeated steps are ignored. */
    public void caseProgressed(long caseId, String status, boolean closed, Instant at) {
        if (caseUpdatedAt != null && at != null && at.isBefore(caseUpdatedAt)) {
            return;
        }
        this.caseId = caseId;
        this.caseStatus = status;
        this.closed = closed;
        this.caseUpdatedAt = at;
    }

    public Long getId() { return id; }
    public Long getPatrolId() { return patrolId; }
    public long getSegmentId() { return segmentId; }
    public long getWaterBodyId() { return waterBodyId; }
    public String getCategoryCode() { return categoryCode; }
    public String getDescription() { return description; }
    public BigDecimal getAreaM2() { return areaM2; }
    public Double getLat() { return lat; }
    public Double getLng() { return lng; }
    public String getAddress() { return address; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getFoundAt() { return foundAt; }
    public String getReportedBy() { return reportedBy; }
    public Long getCaseId() { return caseId; }
    public String getCaseStatus() { return caseStatus; }
    public boolean isClosed() { return closed; }
}
