package org.civicgrid.cases.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.cases.CaseStepView;
import org.civicgrid.shared.audit.AuditExempt;

/**
 * One appended step of a case (流转记录): written once, never changed. The steps are themselves the case's
 * audit trail (who, in which role, when), so they are not audited row by row; the case is.
 */
@AuditExempt
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_step_seq")
    @SequenceGenerator(name = "case_step_seq", sequenceName = "case_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", insertable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;

    private Long actorId;
    private String actorUsername;
    private String actorName;
    private String actorRole;
    private Instant stepAt;
    private String stepComment;

    @Convert(converter = NameList.class)
    private List<String> photos = List.of();

    private Long departmentId;
    private String departmentName;
    private Long supervisionRegionId;

    protected CaseStep() {}

    CaseStep(CaseAction action, CaseStatus from, CaseStatus to, CaseActor actor, Instant at, String comment,
            List<String> photos, Long departmentId, String departmentName, Long supervisionRegionId) {
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actorId = actor.id();
        this.actorUsername = actor.username();
        this.actorName = actor.name();
        this.actorRole = actor.role();
        this.stepAt = at;
        this.stepComment = comment;
        this.photos = photos == null ? List.of() : List.copyOf(photos);
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.supervisionRegionId = supervisionRegionId;
    }

    public CaseStepView toView() {
        return new CaseStepView(id == null ? 0 : id, action, fromStatus, toStatus, actorUsername, actorName, actorRole,
                stepAt, stepComment, photos, departmentId, departmentName, supervisionRegionId);
    }

    public Long getId() { return id; }
    public CaseAction getAction() { return action; }
    public CaseStatus getToStatus() { return toStatus; }
    public Instant getStepAt() { return stepAt; }
    public String getActorUsername() { return actorUsername; }
    public String getStepComment() { return stepComment; }
}
