package org.civicgrid.recognition.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.shared.audit.AuditExempt;
import org.civicgrid.shared.audit.Sensitive;

/**
 * 投票 — one vote. The row is its own record (bulk, so not copied into the audit log); its two keys carry
 * the campaign's rule into the database's unique constraints (see {@link VotePolicy}).
 */
@Entity
@Table(name = "campaign_vote")
@AuditExempt
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_vote_seq")
    @SequenceGenerator(name = "campaign_vote_seq", sequenceName = "campaign_vote_seq", allocationSize = 50)
    private Long id;

    private long campaignId;
    private long candidateId;
    private long voterId;
    private Instant castAt;
    private LocalDate castOn;
    private String ruleKey;
    private String ballotKey;

    @Sensitive
    private String clientAddress;

    protected Vote() {}

    public Vote(long campaignId, long candidateId, long voterId, Instant castAt, LocalDate castOn, VotePolicy.Keys keys,
            String clientAddress) {
        this.campaignId = campaignId;
        this.candidateId = candidateId;
        this.voterId = voterId;
        this.castAt = castAt;
        this.castOn = castOn;
        this.ruleKey = keys.ruleKey();
        this.ballotKey = keys.ballotKey();
        this.clientAddress = clientAddress == null || clientAddress.length() <= 64 ? clientAddress : clientAddress.substring(0, 64);
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public long getCandidateId() { return candidateId; }
    public Instant getCastAt() { return castAt; }
    public String getClientAddress() { return clientAddress; }
}
