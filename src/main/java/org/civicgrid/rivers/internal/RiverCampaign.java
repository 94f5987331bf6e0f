package org.civicgrid.rivers.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 专项行动 — a campaign (清四乱, sand mining, outfalls, zombie ships ...) with tallies and targets. */
@Entity
@Table(name = "river_campaign")
public class RiverCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_campaign_seq")
    @SequenceGenerator(name = "river_campaign_seq", sequenceName = "river_campaign_seq", allocationSize = 50)
    private Long id;
    private String name;
    private String description;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private long regionId;
    private String regionPath;
    @Version
    private long version;

    protected RiverCampaign() {}

    public RiverCampaign(String name, String description, LocalDate startedOn, LocalDate endedOn, long regionId,
            String regionPath) {
        this.name = name;
        this.description = description;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getRegionPath() { return regionPath; }
}
