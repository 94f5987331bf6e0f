package org.civicgrid.recognition.internal;

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

import org.civicgrid.recognition.CampaignKind;
import org.civicgrid.recognition.VoteRule;
import org.civicgrid.shared.ConflictException;

/** 评议活动 — a public vote with a window and a rule; results go public only after the window closes. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;

    private long regionId;
    private String regionPath;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private CampaignKind kind;

    private Instant opensAt;
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    private VoteRule rule;

    private int votesAllowed;
    private Instant resultsPublishedAt;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {}

    public Campaign(long regionId, String regionPath, String title, String description, CampaignKind kind,
            Instant opensAt, Instant closesAt, VoteRule rule, int votesAllowed, String createdBy, Instant createdAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A voting window closes after it opens");
        }
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.rule = rule;
        this.votesAllowed = rule == VoteRule.TOTAL_N ? votesAllowed : 1;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The window is half-open: [opensAt, closesAt). */
    public boolean isOpenAt(Instant now) {
        return VotePolicy.withinWindow(opensAt, closesAt, now);
    }

    /** 公布结果 — once the window has closed, and only once. */
    public void publishResults(Instant now) {
        if (now.isBefore(closesAt)) {
            throw (ConflictException) new ConflictException("voting-open", "Voting still open",
                    "Results are published after the window closes at " + closesAt).with("closes_at", closesAt);
        }
        if (resultsPublishedAt != null) {
            throw new ConflictException("results-published", "Already published", "The results are already public");
        }
        resultsPublishedAt = now;
    }

    public Long getId() { return id; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public CampaignKind getKind() { return kind; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public VoteRule getRule() { return rule; }
    public int getVotesAllowed() { return votesAllowed; }
    public Instant getResultsPublishedAt() { return resultsPublishedAt; }
}
