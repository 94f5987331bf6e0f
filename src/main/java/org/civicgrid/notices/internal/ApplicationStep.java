package org.civicgrid.notices.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of an application's history: who did what, when, with what note. Never edited. */
@Entity
@Table(name = "service_application_step")
public class ApplicationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_application_step_seq")
    @SequenceGenerator(name = "service_application_step_seq", sequenceName = "service_application_step_seq", allocationSize = 50)
    private Long id;

    private long applicationId;

    @Column(name = "happened_at")
    private Instant at;

    private String actor;
    private String action;
    private String note;

    protected ApplicationStep() {}

    public ApplicationStep(long applicationId, Instant at, String actor, String action, String note) {
        this.applicationId = applicationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    public long getApplicationId() { return applicationId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getNote() { return note; }
}
