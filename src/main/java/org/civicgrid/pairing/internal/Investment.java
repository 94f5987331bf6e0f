package org.civicgrid.pairing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 资金投入 — money a unit actually put into its community, and for what. */
@Entity
@Table(name = "pairing_investment")
public class Investment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_investment_seq")
    @SequenceGenerator(name = "pairing_investment_seq", sequenceName = "pairing_investment_seq", allocationSize = 50)
    private Long id;

    private long pairingId;
    private LocalDate investedOn;
    private BigDecimal amount;
    private String purpose;
    private String recordedBy;
    private Instant recordedAt;
    private long regionId;
    private String regionPath;

    protected Investment() {}

    public Investment(long pairingId, LocalDate investedOn, BigDecimal amount, String purpose, String recordedBy,
            Instant now, long regionId, String regionPath) {
        this.pairingId = pairingId;
        this.investedOn = investedOn;
        this.amount = amount;
        this.purpose = purpose;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public long getPairingId() { return pairingId; }
    public LocalDate getInvestedOn() { return investedOn; }
    public BigDecimal getAmount() { return amount; }
    public String getPurpose() { return purpose; }
    public String getRecordedBy() { return recordedBy; }
}
