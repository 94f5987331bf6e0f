package org.civicgrid.pairing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.pairing.VisitKind;

/** 报到/走访 — a unit's call on its community: who came, whether the leader came, what was discussed, photos. */
@Entity
@Table(name = "pairing_visit")
public class UnitVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_visit_seq")
    @SequenceGenerator(name = "pairing_visit_seq", sequenceName = "pairing_visit_seq", allocationSize = 50)
    private Long id;

    private long pairingId;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;

    private LocalDate visitDate;
    private boolean leaderPresent;
    private String leaderName;
    private int participants;
    private String participantNames;
    private String discussed;
    private String photos;
    private String recordedBy;
    private Instant recordedAt;
    private long regionId;
    private String regionPath;

    protected UnitVisit() {}

    public UnitVisit(long pairingId, VisitKind kind, LocalDate visitDate, boolean leaderPresent, String leaderName,
            int participants, String participantNames, String discussed, List<String> photos, String recordedBy,
            Instant now, long regionId, String regionPath) {
        this.pairingId = pairingId;
        this.kind = kind;
        this.visitDate = visitDate;
        this.leaderPresent = leaderPresent;
        this.leaderName = leaderName;
        this.participants = participants;
        this.participantNames = participantNames;
        this.discussed = discussed;
        this.photos = photos == null || photos.isEmpty() ? null : String.join(",", photos);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public void addPhoto(String name) {
        photos = photos == null ? name : photos + "," + name;
    }

    public List<String> photoList() {
        return photos == null ? List.of() : Arrays.asList(photos.split(","));
    }

    public Long getId() { return id; }
    public long getPairingId() { return pairingId; }
    public VisitKind getKind() { return kind; }
    public LocalDate getVisitDate() { return visitDate; }
    public boolean isLeaderPresent() { return leaderPresent; }
    public String getLeaderName() { return leaderName; }
    public int getParticipants() { return participants; }
    public String getParticipantNames() { return participantNames; }
    public String getDiscussed() { return discussed; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
}
