package org.civicgrid.rivers.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A dated note on a project (暗访 findings, a contract signed, land approved ...). */
@Entity
@Table(name = "river_project_note")
public class RiverProjectNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_project_note_seq")
    @SequenceGenerator(name = "river_project_note_seq", sequenceName = "river_project_note_seq", allocationSize = 50)
    private Long id;
    private long projectId;
    private LocalDate notedOn;
    private String body;
    private String author;

    protected RiverProjectNote() {}

    public RiverProjectNote(long projectId, LocalDate notedOn, String body, String author) {
        this.projectId = projectId;
        this.notedOn = notedOn;
        this.body = body;
        this.author = author;
    }

    public long getProjectId() { return projectId; }
    public LocalDate getNotedOn() { return notedOn; }
    public String getBody() { return body; }
    public String getAuthor() { return author; }
}
