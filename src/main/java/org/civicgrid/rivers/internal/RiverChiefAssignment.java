package org.civicgrid.rivers.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.rivers.ChiefLevel;

/**
 * A chief answers for a segment. {@code dutyLevel} is the chief's level for official chiefs and null for civilian
 * ones: the database's unique (segment, duty level) keeps one official chief per level on a segment.
 */
@Entity
@Table(name = "river_chief_assignment")
public class RiverChiefAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_chief_assignment_seq")
    @SequenceGenerator(name = "river_chief_assignment_seq", sequenceName = "river_chief_assignment_seq",
            allocationSize = 50)
    private Long id;
    private long segmentId;
    private long chiefId;
    @Enumerated(EnumType.STRING)
    private ChiefLevel dutyLevel;
    private LocalDate assignedOn;

    protected RiverChiefAssignment() {}

    public RiverChiefAssignment(long segmentId, long chiefId, ChiefLevel level, LocalDate assignedOn) {
        this.segmentId = segmentId;
        this.chiefId = chiefId;
        this.dutyLevel = level.isOfficial() ? level : null;
        this.assignedOn = assignedOn;
    }

    public Long getId() { return id; }
    public long getSegmentId() { return segmentId; }
    public long getChiefId() { return chiefId; }
    public ChiefLevel getDutyLevel() { return dutyLevel; }
    public LocalDate getAssignedOn() { return assignedOn; }
}
