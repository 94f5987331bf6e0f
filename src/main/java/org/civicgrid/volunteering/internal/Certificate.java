package org.civicgrid.volunteering.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 志愿服务记录证明 — an issued certificate; its number can be checked later. Never changed after issue. */
@Entity
@Table(name = "volunteer_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_certificate_seq")
    @SequenceGenerator(name = "volunteer_certificate_seq", sequenceName = "volunteer_certificate_seq", allocationSize = 1)
    private Long id;

    private String number;
    private long volunteerId;
    private String organisation;
    private String responsiblePerson;
    private String contactPhone;
    private int totalMinutes;
    private int services;
    private LocalDate issuedOn;
    private String issuedBy;
    private long regionId;
    private String regionPath;

    protected Certificate() {}

    public Certificate(String number, long volunteerId, String organisation, String responsiblePerson,
            String contactPhone, int totalMinutes, int services, LocalDate issuedOn, String issuedBy, long regionId,
            String regionPath) {
        this.number = number;
        this.volunteerId = volunteerId;
        this.organisation = organisation;
        this.responsiblePerson = responsiblePerson;
        this.contactPhone = contactPhone;
        this.totalMinutes = totalMinutes;
        this.services = services;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public long getVolunteerId() { return volunteerId; }
    public String getOrganisation() { return organisation; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public String getContactPhone() { return contactPhone; }
    public int getTotalMinutes() { return totalMinutes; }
    public int getServices() { return services; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getIssuedBy() { return issuedBy; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
