package org.civicgrid.notices;

import java.time.Instant;

/** An article as pages, the API and the feed see it; {@code bodyHtml} is already sanitised. */
public record ArticleView(long id, long regionId, String regionPath, String regionName, NoticeCategory category,
        String title, String summary, String bodyHtml, String coverImage, ArticleStatus status, Instant publishAt,
        boolean pinned, String author, Instant createdAt, Instant updatedAt) {

    /** Visible to the public at {@code now}: published and its time has come. */
    public boolean liveAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    /** Published but waiting for its time. */
    public boolean scheduledAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    public String coverUrl() {
        return coverImage == null ? null : "/files/" + coverImage;
    }

    /** For the feed: the later of the publish time and the last edit. */
    public Instant feedUpdated() {
        return publishAt == null || updatedAt.isAfter(publishAt) ? updatedAt : publishAt;
    }
}
