package org.civicgrid.volunteering.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 志愿服务项目 — a long-running project counted per day (e.g. 环卫工驿站爱心早餐项目); its totals are always
 * sums of the daily records, never typed numbers.
 */
@Entity
@Table(name = "volunteer_project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_project_seq")
    @SequenceGenerator(name = "volunteer_project_seq", sequenceName = "volunteer_project_seq", allocationSize = 50)
    private Long id;

    private String name;
    private Long teamId;
    private String description;
    private String unitLabel;
    private int beneficiaries;
    private LocalDate startedOn;
    private long regionId;
    private String regionPath;
    private Instant createdAt;

    @Version
    private long version;

    protected Project() {}

    public Project(String name, Long teamId, String description, String unitLabel, int beneficiaries,
            LocalDate startedOn, long regionId, String regionPath, Instant now) {
        this.name = name;
        this.teamId = teamId;
        this.description = description;
        this.unitLabel = unitLabel;
        this.beneficiaries = beneficiaries;
        this.startedOn = startedOn;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getTeamId() { return teamId; }
    public String getDescription() { return description; }
    public String getUnitLabel() { return unitLabel; }
    public int getBeneficiaries() { return beneficiaries; }
    public LocalDate getStartedOn() { return startedOn; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
