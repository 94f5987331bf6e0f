package org.civicgrid.notices.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.notices.ServiceType;

/** 办事指南 — how to get one service done: what to bring, where, when, whom to call, the steps. */
@Entity
@Table(name = "service_guide")
public class Guide {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_guide_seq")
    @SequenceGenerator(name = "service_guide_seq", sequenceName = "service_guide_seq", allocationSize = 50)
    private Long id;

    private long regionId;
    private String regionPath;
    private String title;

    @Enumerated(EnumType.STRING)
    private ServiceType serviceType;

    private String summary;
    private String materials;
    private String location;
    private String hours;
    private String phone;
    private String steps;
    private Instant updatedAt;

    @Version
    private long version;

    protected Guide() {}

    public Guide(long regionId, String regionPath) {
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    /** {@code materials}: one item per line. */
    public void write(String title, ServiceType serviceType, String summary, String materials, String location,
            String hours, String phone, String steps, Instant now) {
        this.title = title;
        this.serviceType = serviceType;
        this.summary = summary;
        this.materials = materials;
        this.location = location;
        this.hours = hours;
        this.phone = phone;
        this.steps = steps;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public String getTitle() { return title; }
    public ServiceType getServiceType() { return serviceType; }
    public String getSummary() { return summary; }
    public String getMaterials() { return materials; }
    public String getLocation() { return location; }
    public String getHours() { return hours; }
    public String getPhone() { return phone; }
    public String getSteps() { return steps; }
    public Instant getUpdatedAt() { return updatedAt; }
}
