package org.civicgrid.residents.internal;

import org.civicgrid.shared.crypto.EncryptedString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.residents.CareTag;
import org.civicgrid.residents.Gender;
import org.civicgrid.shared.audit.Sensitive;
import org.hibernate.annotations.BatchSize;

/**
 * 居民 — a person living in a household. The ID number, phone and health notes are sealed in their
 * columns ({@link EncryptedString}) and never reach the audit log; the ID number's keyed hash finds the
 * resident by exact number and keeps it unique. The region follows the household's.
 */
@Entity
@Table(name = "resident")
@BatchSize(size = 50)
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private Household household;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    @Sensitive
    @Convert(converter = EncryptedString.class)
    @Column(name = "id_number_enc")
    private String idNumber;

    @Sensitive
    private String idNumberHash;

    @Sensitive
    @Convert(converter = EncryptedString.class)
    @Column(name = "phone_enc")
    private String phone;

    @Sensitive
    @Convert(converter = EncryptedString.class)
    @Column(name = "health_notes_enc")
    private String healthNotes;

    private String notes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "resident_care_tag", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "tag")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 50)
    private Set<CareTag> careTags = new HashSet<>();

    private Long userId;
    private long gridId;
    private long regionId;
    private String regionPath;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Resident() {}

    public Resident(Household household, PersonalRecord record, Instant now) {
        this.createdAt = now;
        record(household, record, now);
    }

    /** Replaces everything the worker records; the region follows the (possibly new) household. */
    public void record(Household household, PersonalRecord record, Instant now) {
        this.household = household;
        this.name = record.name();
        this.gender = record.gender();
        this.birthDate = record.birthDate();
        this.idNumber = record.idNumber();
        this.idNumberHash = record.idNumberHash();
        this.phone = record.phone();
        this.healthNotes = record.healthNotes();
        this.notes = record.notes();
        this.userId = record.userId();
        Set<CareTag> tags = record.careTags().isEmpty() ? EnumSet.noneOf(CareTag.class) : EnumSet.copyOf(record.careTags());
        if (!tags.equals(careTags)) {
            careTags.clear();
            careTags.addAll(tags);
        }
        this.updatedAt = now;
        followHousehold();
    }

    /** After the household moved: the resident's region is the household's again. */
    public void followHousehold() {
        this.gridId = household.getGridId();
        this.regionId = household.getRegionId();
        this.regionPath = household.getRegionPath();
    }

    /** Age in whole years on {@code today}, or null when the birth date is unknown. */
    public Integer ageOn(LocalDate today) {
        return birthDate == null ? null : Period.between(birthDate, today).getYears();
    }

    public Long getId() { return id; }
    public Household getHousehold() { return household; }
    public String getName() { return name; }
    public Gender getGender() { return gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getIdNumber() { return idNumber; }
    public String getPhone() { return phone; }
    public String getHealthNotes() { return healthNotes; }
    public String getNotes() { return notes; }
    public Set<CareTag> getCareTags() { return careTags.isEmpty() ? Set.of() : EnumSet.copyOf(careTags); }
    public Long getUserId() { return userId; }
    public long getGridId() { return gridId; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
