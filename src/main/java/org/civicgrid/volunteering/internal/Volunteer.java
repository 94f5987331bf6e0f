package org.civicgrid.volunteering.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.shared.audit.Sensitive;
import org.civicgrid.shared.crypto.EncryptedString;
import org.civicgrid.volunteering.IdType;

/** 志愿者 — a registered volunteer: a platform user, a resident on the register, or both. */
@Entity
@Table(name = "volunteer")
public class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_seq")
    @SequenceGenerator(name = "volunteer_seq", sequenceName = "volunteer_seq", allocationSize = 50)
    private Long id;

    private Long userId;
    private Long residentId;
    private String name;

    @Enumerated(EnumType.STRING)
    private IdType idType;

    @Sensitive
    @Convert(converter = EncryptedString.class)
    private String idNumber;

    @Sensitive
    @Convert(converter = EncryptedString.class)
    private String phone;

    private String volunteerNumber;
    private String skills;
    private String availability;
    private boolean partyMember;
    private Long unitId;
    private LocalDate partyRegisteredOn;
    private long regionId;
    private String regionPath;
    private Instant registeredAt;

    @Version
    private long version;

    protected Volunteer() {}

    public Volunteer(String name, IdType idType, String idNumber, String phone, String volunteerNumber, Long userId,
            Long residentId, String skills, String availability, long regionId, String regionPath, Instant now) {
        this.name = name;
        this.idType = idType;
        this.idNumber = idNumber;
        this.phone = phone;
        this.volunteerNumber = volunteerNumber;
        this.userId = userId;
        this.residentId = residentId;
        this.skills = skills;
        this.availability = availability;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.registeredAt = now;
    }

    /** 在职党员进社区 — registers with a home community as an in-post party member of a unit. */
    public void registerAsPartyMember(long unitId, long communityId, String communityPath, LocalDate on) {
        this.partyMember = true;
        this.unitId = unitId;
        this.regionId = communityId;
        this.regionPath = communityPath;
        this.partyRegisteredOn = on;
    }

    public void describe(String skills, String availability) {
        this.skills = skills;
        this.availability = availability;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getResidentId() { return residentId; }
    public String getName() { return name; }
    public IdType getIdType() { return idType; }
    public String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public String getVolunteerNumber() { return volunteerNumber; }
    public String getSkills() { return skills; }

    /** The skills as typed, one by one: separated by commas (half- or full-width) or 、, blanks and repeats dropped. */
    public Set<String> skillSet() {
        if (skills == null || skills.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(skills.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
    public String getAvailability() { return availability; }
    public boolean isPartyMember() { return partyMember; }
    public Long getUnitId() { return unitId; }
    public LocalDate getPartyRegisteredOn() { return partyRegisteredOn; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getRegisteredAt() { return registeredAt; }
}
