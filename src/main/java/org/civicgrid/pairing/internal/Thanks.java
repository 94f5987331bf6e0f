package org.civicgrid.pairing.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.pairing.ThanksKind;

/** 锦旗/感谢信 — residents' thanks to a unit. */
@Entity
@Table(name = "pairing_thanks")
public class Thanks {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_thanks_seq")
    @SequenceGenerator(name = "pairing_thanks_seq", sequenceName = "pairing_thanks_seq", allocationSize = 50)
    private Long id;

    private long pairingId;
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private ThanksKind kind;

    private int quantity;
    private String fromWhom;
    private String words;
    private String recordedBy;
    private Instant recordedAt;
    private long regionId;
    private String regionPath;

    protected Thanks() {}

    public Thanks(long pairingId, LocalDate receivedOn, ThanksKind kind, int quantity, String fromWhom, String words,
            String recordedBy, Instant now, long regionId, String regionPath) {
        this.pairingId = pairingId;
        this.receivedOn = receivedOn;
        this.kind = kind;
        this.quantity = quantity;
        this.fromWhom = fromWhom;
        this.words = words;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public long getPairingId() { return pairingId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public ThanksKind getKind() { return kind; }
    public int getQuantity() { return quantity; }
    public String getFromWhom() { return fromWhom; }
    public String getWords() { return words; }
}
