package org.civicgrid.rivers.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.shared.audit.AuditExempt;

/** A track point of a patrol: one per patrol and instant, so a batch sent twice adds nothing. */
@Entity
@Table(name = "river_patrol_point")
@AuditExempt
public class RiverPatrolPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_patrol_point_seq")
    @SequenceGenerator(name = "river_patrol_point_seq", sequenceName = "river_patrol_point_seq", allocationSize = 50)
    private Long id;
    private long patrolId;
    private Instant recordedAt;
    private double lat;
    private double lng;
    @jakarta.persistence.Column(name = "accuracy_m")
    private Double accuracyM;

    protected RiverPatrolPoint() {}

    public RiverPatrolPoint(long patrolId, Instant recordedAt, double lat, double lng, Double accuracyM) {
        this.patrolId = patrolId;
        this.recordedAt = recordedAt;
        this.lat = lat;
        this.lng = lng;
        this.accuracyM = accuracyM;
    }

    public long getPatrolId() { return patrolId; }
    public Instant getRecordedAt() { return recordedAt; }
    public double getLat() { return lat; }
    public double getLng() { return lng; }
    public Double getAccuracyM() { return accuracyM; }
}
