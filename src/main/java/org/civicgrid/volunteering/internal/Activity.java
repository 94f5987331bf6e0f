package org.civicgrid.volunteering.internal;

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

import org.civicgrid.volunteering.ActivityType;

/**
 * 志愿服务活动 — an activity with a place, a time and a capacity. {@code signedUp} is only ever changed by
 * one atomic update in {@link ActivityRepository}, guarded by a check constraint, so concurrent sign-ups can
 * never oversell it.
 */
@Entity
@Table(name = "volunteer_activity")
public class Activity {

    /** 活动状态 */
    public enum Status {
        /** 报名中 — open for sign-ups. */
        OPEN,
        /** 已取消 — called off. */
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_activity_seq")
    @SequenceGenerator(name = "volunteer_activity_seq", sequenceName = "volunteer_activity_seq", allocationSize = 50)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private ActivityType type;

    private String description;
    private String place;
    private Double lat;
    private Double lng;
    @jakarta.persistence.Column(name = "radius_m")
    private int radiusM;
    private Instant startsAt;
    private Instant endsAt;
    private int capacity;
    private int signedUp;
    private Long teamId;
    private Long organiserUserId;
    private String organisation;
    private String responsiblePerson;
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    private long regionId;
    private String regionPath;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Activity() {}

    public Activity(String title, ActivityType type, String description, String place, Double lat, Double lng,
            int radiusM, Instant startsAt, Instant endsAt, int capacity, Long teamId, Long organiserUserId,
            String organisation, String responsiblePerson, String contactPhone, long regionId, String regionPath,
            String createdBy, Instant now) {
        this.title = title;
        this.type = type;
        this.description = description;
        this.place = place;
        this.lat = lat;
        this.lng = lng;
        this.radiusM = radiusM;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.teamId = teamId;
        this.organiserUserId = organiserUserId;
        this.organisation = organisation;
        this.responsiblePerson = responsiblePerson;
        this.contactPhone = contactPhone;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public ActivityType getType() { return type; }
    public String getDescription() { return description; }
    public String getPlace() { return place; }
    public Double getLat() { return lat; }
    public Double getLng() { return lng; }
    public int getRadiusM() { return radiusM; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public int getCapacity() { return capacity; }
    public int getSignedUp() { return signedUp; }
    public Long getTeamId() { return teamId; }
    public Long getOrganiserUserId() { return organiserUserId; }
    public String getOrganisation() { return organisation; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public String getContactPhone() { return contactPhone; }
    public Status getStatus() { return status; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
