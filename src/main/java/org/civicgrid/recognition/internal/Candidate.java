package org.civicgrid.recognition.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 候选人 — a person (or a building, a family) put forward in a campaign, with their story and photo. */
@Entity
@Table(name = "campaign_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_candidate_seq")
    @SequenceGenerator(name = "campaign_candidate_seq", sequenceName = "campaign_candidate_seq", allocationSize = 50)
    private Long id;

    private long campaignId;
    private String name;
    private String category;
    private String story;
    private String origin;
    private String photo;
    private int sortOrder;

    protected Candidate() {}

    public Candidate(long campaignId, String name, String category, String story, String origin, int sortOrder) {
        this.campaignId = campaignId;
        this.name = name;
        this.category = category;
        this.story = story;
        this.origin = origin;
        this.sortOrder = sortOrder;
    }

    /** The stored upload's name (see {@code UploadStore}). */
    public void picture(String storedName) {
        this.photo = storedName;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public String getName() { return name; }
    public String getCategory() { return category; }
    public String getStory() { return story; }
    public String getOrigin() { return origin; }
    public String getPhoto() { return photo; }
    public int getSortOrder() { return sortOrder; }
}
