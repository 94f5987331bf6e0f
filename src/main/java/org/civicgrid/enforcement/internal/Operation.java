package org.civicgrid.enforcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.shared.ConflictException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;

/**
 * 联合执法行动 — one joint operation: its number, date, roads, departments and lead officer, and the tally
 * lines recorded for it. Lines are added, removed and handed to casework only through the operation.
 */
@Entity
@Table(name = "enforcement_operation")
public class Operation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_operation_seq")
    @SequenceGenerator(name = "enforcement_operation_seq", sequenceName = "enforcement_operation_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "operation_number")
    private String number;

    private LocalDate operationDate;
    private long regionId;
    private String regionPath;
    private long leadOfficerId;
    private String leadOfficerUsername;
    private String leadOfficerName;
    private String notes;
    private String recordedBy;
    private Instant recordedAt;
    /** When the operation was recorded or its lines last changed. */
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "enforcement_operation_road", joinColumns = @JoinColumn(name = "operation_id"))
    @Column(name = "road_id")
    private Set<Long> roadIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "enforcement_operation_department", joinColumns = @JoinColumn(name = "operation_id"))
    @OrderColumn(name = "sort_index")
    @Column(name = "name")
    private List<String> departments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "operation_id", nullable = false)
    @OrderBy("id")
    private List<TallyLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Operation() {}

    public Operation(String number, LocalDate date, long regionId, String regionPath, Set<Long> roadIds,
            List<String> departments, long leadOfficerId, String leadOfficerUsername, String leadOfficerName,
            String notes, String recordedBy, Instant recordedAt) {
        this.number = number;
        this.operationDate = date;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.roadIds.addAll(roadIds);
        this.departments.addAll(departments);
        this.leadOfficerId = leadOfficerId;
        this.leadOfficerUsername = leadOfficerUsername;
        this.leadOfficerName = leadOfficerName;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.updatedAt = recordedAt;
    }

    /** Adds a tally line; the count must not be negative and the road must be one of the operation's. */
    public TallyLine tally(ViolationType type, Long roadId, Integer count, EnforcementAction action, String note,
            Instant at) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (!EnforcementPolicy.countIsValid(count)) {
            errors.add(new InvalidInputException.FieldError("count", "count must be zero or more"));
        }
        if (!EnforcementPolicy.roadIsOnTheOperation(roadId, roadIds)) {
            errors.add(new InvalidInputException.FieldError("road_id", "not one of this operation's roads"));
        }
        if (!type.isActive()) {
            errors.add(new InvalidInputException.FieldError("violation_type", "this violation type is retired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TallyLine line = new TallyLine(type, roadId, count, action == null ? type.getDefaultAction() : action,
                note, at);
        lines.add(line);
        updatedAt = at;
        return line;
    }

    /** Removes a line that was recorded by mistake; a line already handed to casework stays. */
    public void removeLine(long lineId, Instant at) {
        TallyLine line = line(lineId);
        if (!EnforcementPolicy.lineMayBeRemoved(line.getFollowUpStatus())) {
            throw (ConflictException) new ConflictException("line-followed-up", "Line handed to casework",
                    "This line became a case and cannot be removed").with("line_id", lineId);
        }
        lines.remove(line);
        updatedAt = at;
    }

    /** Hands a line to casework (see {@link TallyLine#requestFollowUp}). */
    public TallyLine requestFollowUp(long lineId, String by, Instant at) {
        TallyLine line = line(lineId);
        line.requestFollowUp(by, at);
        updatedAt = at;
        return line;
    }

    public TallyLine line(long lineId) {
        return lines.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("Tally line", lineId));
    }

    public long total() {
        return lines.stream().mapToLong(TallyLine::getQuantity).sum();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public LocalDate getOperationDate() { return operationDate; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public String getLeadOfficerUsername() { return leadOfficerUsername; }
    public String getLeadOfficerName() { return leadOfficerName; }
    public String getNotes() { return notes; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getRoadIds() { return Collections.unmodifiableSet(roadIds); }
    public List<String> getDepartments() { return Collections.unmodifiableList(departments); }
    public List<TallyLine> getLines() { return Collections.unmodifiableList(lines); }
}
