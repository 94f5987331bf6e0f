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

import org.civicgrid.notices.ArticleStatus;
import org.civicgrid.notices.NoticeCategory;
import org.civicgrid.shared.ConflictException;

/**
 * 资讯 — a news item or notice of the community's public account. The body is stored sanitised. It
 * reaches the public once published and its publish time has come; {@code announcedAt} records when the
 * search index last heard of it.
 */
@Entity
@Table(name = "notice_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_article_seq")
    @SequenceGenerator(name = "notice_article_seq", sequenceName = "notice_article_seq", allocationSize = 50)
    private Long id;

    private long regionId;
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private NoticeCategory category;

    private String title;
    private String summary;
    private String bodyHtml;
    private String coverImage;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private Instant publishAt;
    private boolean pinned;
    private String author;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant announcedAt;

    @Version
    private long version;

    protected Article() {}

    public Article(long regionId, String regionPath, String createdBy, Instant now) {
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = ArticleStatus.DRAFT;
    }

    /** New words; {@code rawBody} is sanitised here, so nothing unsafe is ever stored. */
    public void write(NoticeCategory category, String title, String summary, String rawBody, String coverImage,
            String author, boolean pinned, Instant now) {
        this.category = category;
        this.title = title;
        this.bodyHtml = ArticleHtml.sanitise(rawBody);
        this.summary = summary == null || summary.isBlank() ? ArticleHtml.summary(bodyHtml, 120) : summary.strip();
        this.coverImage = coverImage;
        this.author = author;
        this.pinned = pinned;
        this.updatedAt = now;
    }

    /** 发布 — public from {@code at} (now or later: scheduled). */
    public void publish(Instant at, Instant now) {
        status = ArticleStatus.PUBLISHED;
        publishAt = at == null ? now : at;
        updatedAt = now;
        announcedAt = null;
    }

    /** 撤回 — off the public site. */
    public void withdraw(Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new ConflictException("not-published", "Not published", "Only a published article is withdrawn");
        }
        status = ArticleStatus.WITHDRAWN;
        updatedAt = now;
    }

    public boolean liveAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    /** The search index has been told about this version. */
    public void announced(Instant now) {
        announcedAt = now;
    }

    public Long getId() { return id; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public NoticeCategory getCategory() { return category; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBodyHtml() { return bodyHtml; }
    public String getCoverImage() { return coverImage; }
    public ArticleStatus getStatus() { return status; }
    public Instant getPublishAt() { return publishAt; }
    public boolean isPinned() { return pinned; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getAnnouncedAt() { return announcedAt; }
}
