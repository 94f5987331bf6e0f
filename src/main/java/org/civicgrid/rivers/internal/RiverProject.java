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
import jakarta.persistence.Version;

import org.civicgrid.rivers.Funding;
import org.civicgrid.rivers.ProjectStage;
import org.civicgrid.rivers.ProjectType;

/** 治理项目 — a remediation project the river-chief office follows to its deadline. */
@Entity
@Table(name = "river_project")
public class RiverProject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_project_seq")
    @SequenceGenerator(name = "river_project_seq", sequenceName = "river_project_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ProjectType projectType;
    private String name;
    /** NEW or CONTINUED (新建/续建) for sewage plants. */
    private String buildKind;
    private int planYear;
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    private ProjectStage stage;
    private int progressPct;
    @Enumerated(EnumType.STRING)
    private Funding funding;
    /** 市本级 / 县城 / 乡镇 for black-odorous bodies. */
    private String levelLabel;
    private long regionId;
    private String regionPath;
    @Version
    private long version;

    protected RiverProject() {}

    public RiverProject(ProjectType projectType, String name, String buildKind, int planYear, LocalDate deadline,
            ProjectStage stage, int progressPct, Funding funding, String levelLabel, long regionId, String regionPath) {
        this.projectType = projectType;
        this.name = name;
        this.buildKind = buildKind;
        this.planYear = planYear;
        this.deadline = deadline;
        this.stage = stage;
        this.progressPct = progressPct;
        this.funding = funding;
        this.levelLabel = levelLabel;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    /** Moves the project on; DONE means 100 %. */
    public void progress(ProjectStage stage, int progressPct, Funding funding) {
        this.stage = stage;
        this.progressPct = stage == ProjectStage.DONE ? 100 : Math.max(0, Math.min(100, progressPct));
        if (funding != null) {
            this.funding = funding;
        }
    }

    /** 逾期 — past its deadline and not done. */
    public boolean isOverdue(LocalDate today) {
        return stage != ProjectStage.DONE && deadline != null && today.isAfter(deadline);
    }

    public Long getId() { return id; }
    public ProjectType getProjectType() { return projectType; }
    public String getName() { return name; }
    public String getBuildKind() { return buildKind; }
    public int getPlanYear() { return planYear; }
    public LocalDate getDeadline() { return deadline; }
    public ProjectStage getStage() { return stage; }
    public int getProgressPct() { return progressPct; }
    public Funding getFunding() { return funding; }
    public String getLevelLabel() { return levelLabel; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
