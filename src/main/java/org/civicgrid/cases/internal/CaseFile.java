package org.civicgrid.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseSource;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseUrgency;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.audit.Sensitive;

/**
 * 案卷 — one case. Its state changes only through the workflow methods below, each of which checks the
 * state against {@link CaseWorkflow} and appends a {@link CaseStep}; nothing is edited in place.
 * (Roles and region scope are the service's to check before it calls these.)
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    private Long id;

    private String categoryCode;
    private String requestedCode;
    private String description;
    private Double lat;
    private Double lng;
    private String address;
    private Long gridId;
    private Long communityId;
    private Long streetId;
    private Long districtId;
    private long regionId;
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private CaseSource source;

    private String sourceRef;

    @Enumerated(EnumType.STRING)
    private CaseUrgency urgency;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private Long reporterId;
    private String reporterUsername;
    @Sensitive
    private String reporterName;
    private boolean anonymous;

    @Convert(converter = NameList.class)
    private List<String> photos = List.of();

    private String attributesJson;
    private Instant reportedAt;
    private Instant deadline;
    private Instant dueSoonFlaggedAt;
    private Long departmentId;
    private String departmentName;
    private Instant dispatchedAt;
    private Instant handledAt;
    private Instant closedAt;
    private Boolean closedOnTime;
    private Long handlingMinutes;
    private int handledCount;
    private int reworkCount;
    private int supervisionCount;
    private Long supervisionRegionId;
    private Instant supervisedAt;
    private Long duplicateOfId;
    private Long mergedIntoId;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;
    private String open311Token;
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<CaseStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected CaseFile() {}

    /** Where the case lies: its grid (when the point is in one) and the regions above. */
    public record Place(Double lat, Double lng, String address, Long gridId, Long communityId, Long streetId,
            Long districtId, long regionId, String regionPath) {}

    /** 上报 — a new case in REPORTED, with its first step. */
    public CaseFile(String categoryCode, String requestedCode, String description, Place place, CaseSource source,
            String sourceRef, CaseUrgency urgency, CaseActor reporter, boolean anonymous, List<String> photos,
            String attributesJson, Instant reportedAt, Instant deadline, String open311Token) {
        this.categoryCode = categoryCode;
        this.requestedCode = requestedCode;
        this.description = description;
        this.lat = place.lat();
        this.lng = place.lng();
        this.address = place.address();
        this.gridId = place.gridId();
        this.communityId = place.communityId();
        this.streetId = place.streetId();
        this.districtId = place.districtId();
        this.regionId = place.regionId();
        this.regionPath = place.regionPath();
        this.source = source;
        this.sourceRef = sourceRef;
        this.urgency = urgency;
        this.status = CaseStatus.REPORTED;
        this.reporterId = reporter.id();
        this.reporterUsername = reporter.id() == null ? null : reporter.username();
        this.reporterName = reporter.id() == null ? null : reporter.name();
        this.anonymous = anonymous;
        this.photos = photos == null ? List.of() : List.copyOf(photos);
        this.attributesJson = attributesJson;
        this.reportedAt = reportedAt;
        this.deadline = deadline;
        this.open311Token = open311Token;
        this.updatedAt = reportedAt;
        steps.add(new CaseStep(CaseAction.REPORT, null, CaseStatus.REPORTED, reporter, reportedAt, description,
                this.photos, null, null, null));
    }

    /** 立案. */
    public CaseStep register(CaseActor actor, String comment, List<String> photos, Instant at) {
        return step(CaseAction.REGISTER, actor, comment, photos, at, null, null, null);
    }

    /** 不予立案 — with the reason. */
    public CaseStep reject(CaseActor actor, String reason, List<String> photos, Instant at) {
        CaseStep s = step(CaseAction.REJECT, actor, reason, photos, at, null, null, null);
        closedAt = at;
        return s;
    }

    /** 派遣 — to a department. */
    public CaseStep dispatch(CaseActor actor, long departmentId, String departmentName, String comment,
            List<String> photos, Instant at) {
        CaseStep s = step(CaseAction.DISPATCH, actor, comment, photos, at, departmentId, departmentName, null);
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.dispatchedAt = at;
        return s;
    }

    /** 处置反馈 — the department's feedback. */
    public CaseStep handle(CaseActor actor, String feedback, List<String> photos, Instant at) {
        CaseStep s = step(CaseAction.HANDLE, actor, feedback, photos, at, departmentId, departmentName, null);
        handledAt = at;
        handledCount++;
        return s;
    }

    /** 核查通过. */
    public CaseStep verify(CaseActor actor, String comment, List<String> photos, Instant at) {
        return step(CaseAction.VERIFY, actor, comment, photos, at, null, null, null);
    }

    /** 核查不通过 — back to the department; counts as rework. */
    public CaseStep sendBack(CaseActor actor, String reason, List<String> photos, Instant at) {
        CaseStep s = step(CaseAction.SEND_BACK, actor, reason, photos, at, departmentId, departmentName, null);
        reworkCount++;
        return s;
    }

    /** 结案 — records whether it closed by the deadline and how long it took. */
    public CaseStep close(CaseActor actor, String comment, List<String> photos, Instant at) {
        CaseStep s = step(CaseAction.CLOSE, actor, comment, photos, at, null, null, null);
        closed(at);
        return s;
    }

    /** 督办 — raises the case to {@code regionId} (the level above its last supervision). */
    public CaseStep supervise(CaseActor actor, String comment, List<String> photos, long regionId, Instant at) {
        CaseStep s = step(CaseAction.SUPERVISE, actor, comment, photos, at, null, null, regionId);
        supervisionCount++;
        supervisionRegionId = regionId;
        supervisedAt = at;
        return s;
    }

    /** 重新办理 — back to REGISTERED; the figures of the earlier closing no longer count. */
    public CaseStep reopen(CaseActor actor, String reason, List<String> photos, Instant at) {
        CaseStep s = step(CaseAction.REOPEN, actor, reason, photos, at, null, null, null);
        closedAt = null;
        closedOnTime = null;
        handlingMinutes = null;
        rating = null;
        ratingComment = null;
        ratedAt = null;
        return s;
    }

    /** 合并 — closes this case as a duplicate of {@code keptId}. */
    public CaseStep mergeInto(long keptId, CaseActor actor, String comment, Instant at) {
        if (keptId == id) {
            throw new InvalidInputException("kept_case_id", "a case cannot be merged into itself");
        }
        CaseStep s = step(CaseAction.MERGE, actor, comment == null ? "合并至案卷 #" + keptId : comment, List.of(), at,
                null, null, null);
        mergedIntoId = keptId;
        closedAt = at;
        return s;
    }

    /** 评价 — the reporter's rating, once, on a closed case. */
    public CaseStep rate(CaseActor actor, int stars, String comment, Instant at) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("rating", "a rating is 1 to 5");
        }
        if (status != CaseStatus.CLOSED || mergedIntoId != null) {
            throw conflict("case-not-closed", "Case not closed", "Only a closed case can be rated");
        }
        if (rating != null) {
            throw conflict("case-already-rated", "Already rated", "This case has been rated");
        }
        rating = stars;
        ratingComment = comment;
        ratedAt = at;
        updatedAt = at;
        CaseStep s = new CaseStep(CaseAction.RATE, status, status, actor, at, stars + "/5" + (comment == null ? "" : " " + comment),
                List.of(), null, null, null);
        steps.add(s);
        return s;
    }

    /** Links this new case to an open one it probably duplicates. */
    public void possibleDuplicateOf(long otherId) {
        this.duplicateOfId = otherId;
    }

    /** 临期 — remembered so the reminder goes out once. */
    public void flagDueSoon(Instant at) {
        this.dueSoonFlaggedAt = at;
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && deadline != null && now.isAfter(deadline);
    }

    private void closed(Instant at) {
        closedAt = at;
        closedOnTime = deadline == null || !at.isAfter(deadline);
        handlingMinutes = Duration.between(reportedAt, at).toMinutes();
    }

    private CaseStep step(CaseAction action, CaseActor actor, String comment, List<String> photos, Instant at,
            Long departmentId, String departmentName, Long supervisionRegionId) {
        if (!CaseWorkflow.stateAllows(action, status)) {
            throw illegal(action);
        }
        CaseStatus from = status;
        status = CaseWorkflow.next(action, status);
        updatedAt = at;
        CaseStep s = new CaseStep(action, from, status, actor, at, comment, photos, departmentId, departmentName,
                supervisionRegionId);
        steps.add(s);
        return s;
    }

    public ConflictException illegal(CaseAction action) {
        return conflict("illegal-transition", "Not allowed in this state",
                "A case in state " + status + " cannot take the action " + action, action);
    }

    private ConflictException conflict(String type, String title, String detail) {
        return conflict(type, title, detail, null);
    }

    private ConflictException conflict(String type, String title, String detail, CaseAction action) {
        ConflictException e = new ConflictException(type, title, detail);
        e.with("case_id", id).with("current_status", status.name());
        if (action != null) {
            e.with("action", action.name());
        }
        return e;
    }

    public Long getId() { return id; }
    public String getCategoryCode() { return categoryCode; }
    public String getRequestedCode() { return requestedCode; }
    public String getDescription() { return description; }
    public Double getLat() { return lat; }
    public Double getLng() { return lng; }
    public String getAddress() { return address; }
    public Long getGridId() { return gridId; }
    public Long getCommunityId() { return communityId; }
    public Long getStreetId() { return streetId; }
    public Long getDistrictId() { return districtId; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public CaseSource getSource() { return source; }
    public String getSourceRef() { return sourceRef; }
    public CaseUrgency getUrgency() { return urgency; }
    public CaseStatus getStatus() { return status; }
    public Long getReporterId() { return reporterId; }
    public String getReporterUsername() { return reporterUsername; }
    public String getReporterName() { return reporterName; }
    public boolean isAnonymous() { return anonymous; }
    public List<String> getPhotos() { return photos; }
    public String getAttributesJson() { return attributesJson; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getDueSoonFlaggedAt() { return dueSoonFlaggedAt; }
    public Long getDepartmentId() { return departmentId; }
    public String getDepartmentName() { return departmentName; }
    public Instant getDispatchedAt() { return dispatchedAt; }
    public Instant getHandledAt() { return handledAt; }
    public Instant getClosedAt() { return closedAt; }
    public Boolean getClosedOnTime() { return closedOnTime; }
    public Long getHandlingMinutes() { return handlingMinutes; }
    public int getHandledCount() { return handledCount; }
    public int getReworkCount() { return reworkCount; }
    public int getSupervisionCount() { return supervisionCount; }
    public Long getSupervisionRegionId() { return supervisionRegionId; }
    public Instant getSupervisedAt() { return supervisedAt; }
    public Long getDuplicateOfId() { return duplicateOfId; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Integer getRating() { return rating; }
    public String getRatingComment() { return ratingComment; }
    public String getOpen311Token() { return open311Token; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<CaseStep> getSteps() { return steps; }
    public long getVersion() { return version; }
}
