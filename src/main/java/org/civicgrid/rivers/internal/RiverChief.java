package org.civicgrid.rivers.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.rivers.ChiefLevel;

/** 河长 — a person holding a river-chief post; may link to the account they sign in with. */
@Entity
@Table(name = "river_chief")
public class RiverChief {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_chief_seq")
    @SequenceGenerator(name = "river_chief_seq", sequenceName = "river_chief_seq", allocationSize = 50)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private ChiefLevel chiefLevel;
    private String position;
    private String username;
    private long regionId;
    private String regionPath;
    private LocalDate since;
    private Instant createdAt;
    @Version
    private long version;

    protected RiverChief() {}

    public RiverChief(String name, ChiefLevel chiefLevel, String position, String username, long regionId,
            String regionPath, LocalDate since, Instant createdAt) {
        this.name = name;
        this.chiefLevel = chiefLevel;
        this.position = position;
        this.username = username;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.since = since;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public ChiefLevel getChiefLevel() { return chiefLevel; }
    public String getPosition() { return position; }
    public String getUsername() { return username; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public LocalDate getSince() { return since; }
}
