package org.civicgrid.pairing.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.pairing.UnitType;

/** 联点单位 — a government unit, civilized unit or enterprise that pairs with communities; its liaisons by user id. */
@Entity
@Table(name = "pairing_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_unit_seq")
    @SequenceGenerator(name = "pairing_unit_seq", sequenceName = "pairing_unit_seq", allocationSize = 50)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitType type;

    private String leaderName;
    private String leaderTitle;
    private String phone;
    private long regionId;
    private String regionPath;
    private Instant createdAt;
    /** When the unit was registered or last described. */
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pairing_unit_liaison", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "user_id")
    private Set<Long> liaisons = new HashSet<>();

    protected Unit() {}

    public Unit(String name, UnitType type, String leaderName, String leaderTitle, String phone, long regionId,
            String regionPath, Instant now) {
        this.name = name;
        this.type = type;
        this.leaderName = leaderName;
        this.leaderTitle = leaderTitle;
        this.phone = phone;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String leaderName, String leaderTitle, String phone, Instant now) {
        this.leaderName = leaderName;
        this.leaderTitle = leaderTitle;
        this.phone = phone;
        this.updatedAt = now;
    }

    public boolean appointLiaison(long userId) {
        return liaisons.add(userId);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public UnitType getType() { return type; }
    public String getLeaderName() { return leaderName; }
    public String getLeaderTitle() { return leaderTitle; }
    public String getPhone() { return phone; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getLiaisons() { return liaisons; }
}
