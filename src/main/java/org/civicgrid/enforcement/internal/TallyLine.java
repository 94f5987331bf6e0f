package org.civicgrid.enforcement.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.FollowUpStatus;
import org.civicgrid.shared.ConflictException;

/** 执法统计 — one line of an operation's tally: how many of one violation, where, and what was done. */
@Entity
@Table(name = "enforcement_tally_line")
public class TallyLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_tally_line_seq")
    @SequenceGenerator(name = "enforcement_tally_line_seq", sequenceName = "enforcement_tally_line_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "operation_id", insertable = false, updatable = false)
    private Long operationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "violation_type_id")
    private ViolationType violationType;

    private Long roadId;
    private int quantity;

    @Enumerated(EnumType.STRING)
    private EnforcementAction action;

    private String note;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus followUpStatus;

    private Instant followUpRequestedAt;
    private String followUpRequestedBy;
    private Long caseId;
    private String caseStatus;
    private Instant caseUpdatedAt;
    private Instant recordedAt;

    @Version
    private long version;

    protected TallyLine() {}

    TallyLine(ViolationType violationType, Long roadId, int quantity, EnforcementAction action, String note,
            Instant recordedAt) {
        this.violationType = violationType;
        this.roadId = roadId;
        this.quantity = quantity;
        this.action = action;
        this.note = note;
        this.followUpStatus = FollowUpStatus.NONE;
        this.recordedAt = recordedAt;
    }

    /** 转办 — marks the line as handed to casework; refused twice, and for a line that counted nothing. */
    void requestFollowUp(String by, Instant at) {
        if (!EnforcementPolicy.followUpMayBeRequested(followUpStatus, quantity)) {
            throw (ConflictException) new ConflictException("follow-up-not-allowed", "Follow-up not allowed",
                    followUpStatus == FollowUpStatus.NONE ? "A line that counted nothing needs no follow-up"
                            : "This line was already handed to casework")
                    .with("line_id", id).with("follow_up", followUpStatus.name());
        }
        this.followUpStatus = FollowUpStatus.REQUESTED;
        this.followUpRequestedBy = by;
        this.followUpRequestedAt = at;
    }

    /** Casework reported a step of the case; steps that arrive late (older than the last one seen) are ignored. */
    public boolean caseProgressed(long caseId, String status, boolean closed, Instant at) {
        if (caseUpdatedAt != null && at != null && at.isBefore(caseUpdatedAt)) {
            return false;
        }
        this.caseId = caseId;
        this.caseStatus = status;
        this.caseUpdatedAt = at;
        this.followUpStatus = closed ? FollowUpStatus.CLOSED : FollowUpStatus.IN_PROGRESS;
        return true;
    }

    public Long getId() { return id; }
    public Long getOperationId() { return operationId; }
    public ViolationType getViolationType() { return violationType; }
    public Long getRoadId() { return roadId; }
    public int getQuantity() { return quantity; }
    public EnforcementAction getAction() { return action; }
    public String getNote() { return note; }
    public FollowUpStatus getFollowUpStatus() { return followUpStatus; }
    public Instant getFollowUpRequestedAt() { return followUpRequestedAt; }
    public String getFollowUpRequestedBy() { return followUpRequestedBy; }
    public Long getCaseId() { return caseId; }
    public String getCaseStatus() { return caseStatus; }
}
