package org.civicgrid.pairing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.civicgrid.pairing.NeedCategory;
import org.civicgrid.pairing.NeedSource;
import org.civicgrid.pairing.NeedStatus;
import org.civicgrid.pairing.PairingNeedEscalated;
import org.civicgrid.shared.ConflictException;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * 问题清单条目 — one need on a community's list. A paired unit claims it, then resolves it itself or
 * escalates it to a case; an escalated need is done when its case closes.
 */
@Entity
@Table(name = "pairing_need")
public class Need {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_need_seq")
    @SequenceGenerator(name = "pairing_need_seq", sequenceName = "pairing_need_seq", allocationSize = 50)
    private Long id;

    private long communityId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private NeedCategory category;

    @Enumerated(EnumType.STRING)
    private NeedSource source;

    @Enumerated(EnumType.STRING)
    private NeedStatus status = NeedStatus.OPEN;

    private String address;
    private Double lat;
    private Double lng;
    private String reportedBy;
    private Instant reportedAt;
    private Long visitId;
    private Long claimedPairingId;
    private Long claimedUnitId;
    private Instant claimedAt;
    private Long caseId;
    private String caseStatus;
    private Instant escalatedAt;
    private Instant resolvedAt;
    private String resolution;
    private long regionId;
    private String regionPath;

    @Version
    private long version;

    @Transient
    private PairingNeedEscalated escalation;

    protected Need() {}

    public Need(long communityId, String communityPath, String title, String description, NeedCategory category,
            NeedSource source, String address, Double lat, Double lng, Long visitId, String reportedBy, Instant now) {
        this.communityId = communityId;
        this.regionId = communityId;
        this.regionPath = communityPath;
        this.title = title;
        this.description = description;
        this.category = category;
        this.source = source;
        this.address = address;
        this.lat = lat;
        this.lng = lng;
        this.visitId = visitId;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    /** 认领 — a unit paired with the community takes the need on. */
    public void claim(long pairingId, long unitId, Instant at) {
        if (status != NeedStatus.OPEN) {
            throw refused("need-not-open", "Need already taken", "Only an open need can be claimed");
        }
        status = NeedStatus.CLAIMED;
        claimedPairingId = pairingId;
        claimedUnitId = unitId;
        claimedAt = at;
    }

    /** 解决 — the claiming unit (or the community) resolved it directly. */
    public void resolve(String how, Instant at) {
        if (status != NeedStatus.CLAIMED && status != NeedStatus.OPEN) {
            throw refused("need-not-resolvable", "Cannot resolve",
                    status == NeedStatus.ESCALATED ? "The need is a case now; it is done when the case closes"
                            : "The need is already resolved");
        }
        status = NeedStatus.DONE;
        resolution = how;
        resolvedAt = at;
    }

    /** 转为案件 — hands the need to casework; registers the event that asks for the case. */
    public void escalate(String description, String reportedBy, Instant at) {
        if (status != NeedStatus.CLAIMED && status != NeedStatus.OPEN) {
            throw refused("need-not-escalatable", "Cannot escalate", "Only an open or claimed need can become a case");
        }
        status = NeedStatus.ESCALATED;
        escalatedAt = at;
        escalation = new PairingNeedEscalated(id, category.caseCategoryCode(),
                title + (description == null || description.isBlank() ? "" : "：" + description), lat, lng, address,
                communityId, reportedBy);
    }

    /** Casework reported a step of the case; a closed case resolves the need. */
    public void caseProgressed(long caseId, String caseStatus, boolean closed, Instant at) {
        this.caseId = caseId;
        this.caseStatus = caseStatus;
        if (closed && status == NeedStatus.ESCALATED) {
            status = NeedStatus.DONE;
            resolvedAt = at;
            resolution = "案件 #" + caseId + " 已办结（" + caseStatus + "）";
        }
    }

    @DomainEvents
    java.util.List<Object> events() {
        return escalation == null ? java.util.List.of() : java.util.List.of(escalation);
    }

    @AfterDomainEventPublication
    void published() {
        escalation = null;
    }

    private ConflictException refused(String type, String title, String detail) {
        return (ConflictException) new ConflictException(type, title, detail).with("needId", id)
                .with("currentStatus", status.name());
    }

    public Long getId() { return id; }
    public long getCommunityId() { return communityId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public NeedCategory getCategory() { return category; }
    public NeedSource getSource() { return source; }
    public NeedStatus getStatus() { return status; }
    public String getAddress() { return address; }
    public Double getLat() { return lat; }
    public Double getLng() { return lng; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
    public Long getVisitId() { return visitId; }
    public Long getClaimedPairingId() { return claimedPairingId; }
    public Long getClaimedUnitId() { return claimedUnitId; }
    public Instant getClaimedAt() { return claimedAt; }
    public Long getCaseId() { return caseId; }
    public String getCaseStatus() { return caseStatus; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolution() { return resolution; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
