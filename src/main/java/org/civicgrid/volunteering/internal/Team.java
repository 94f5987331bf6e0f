package org.civicgrid.volunteering.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.volunteering.TeamKind;

/** 志愿服务队 — a team of volunteers under an organisation; a unit's party members by the unit's id. */
@Entity
@Table(name = "volunteer_team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_team_seq")
    @SequenceGenerator(name = "volunteer_team_seq", sequenceName = "volunteer_team_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private TeamKind kind;

    private Long unitId;
    private String organisation;
    private String leaderName;
    private String contactPhone;
    private long regionId;
    private String regionPath;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "volunteer_team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "volunteer_id")
    private Set<Long> members = new HashSet<>();

    protected Team() {}

    public Team(String name, TeamKind kind, Long unitId, String organisation, String leaderName, String contactPhone,
            long regionId, String regionPath, Instant now) {
        this.name = name;
        this.kind = kind;
        this.unitId = unitId;
        this.organisation = organisation;
        this.leaderName = leaderName;
        this.contactPhone = contactPhone;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.createdAt = now;
    }

    /** @return false when the volunteer was already a member */
    public boolean join(long volunteerId) {
        return members.add(volunteerId);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public TeamKind getKind() { return kind; }
    public Long getUnitId() { return unitId; }
    public String getOrganisation() { return organisation; }
    public String getLeaderName() { return leaderName; }
    public String getContactPhone() { return contactPhone; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Set<Long> getMembers() { return members; }
}
